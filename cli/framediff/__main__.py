from framediff.commands import main

if __name__ == "__main__":
    main(prog_name="framediff")
