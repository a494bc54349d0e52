"""The main job on the embedded default (`make demo`)."""

from __future__ import annotations


def main() -> None:
    print("diembao demo: nothing to run yet")


if __name__ == "__main__":
    main()
