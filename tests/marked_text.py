"""Reading a no-colour text diff back into the two sentences it marks: shared by the report and read-back tests."""


def fold(text: str) -> str:
    return " ".join(text.split())


def read_text(marked: str) -> tuple[str, str]:
    """A no-colour text diff read back: (the reference's sentence, the outlet's). ``\\c`` is a literal c."""
    a, b, side, k = [], [], "both", 0
    while k < len(marked):
        pair = marked[k : k + 2]
        if marked[k] == "\\" and k + 1 < len(marked):
            char, k = marked[k + 1], k + 2
        elif pair in ("{+", "[-") and side == "both":
            side, k = ("b" if pair == "{+" else "a"), k + 2
            continue
        elif (pair == "+}" and side == "b") or (pair == "-]" and side == "a"):
            side, k = "both", k + 2
            continue
        else:
            char, k = marked[k], k + 1
        if side in ("both", "a"):
            a.append(char)
        if side in ("both", "b"):
            b.append(char)
    return fold("".join(a)), fold("".join(b))
