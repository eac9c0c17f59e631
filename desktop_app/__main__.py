"""`python -m desktop_app` and the frozen executables: a command goes to the command line, no command
starts the app. The two stand side by side; only the app imports Qt."""

import sys


def main() -> int:
    if len(sys.argv) == 1:  # the app as a rep starts it: nothing to parse (argparse's parser costs start-up)
        return start_app(data_dir=None, screenshot=None)
    from desktop_app import cli

    args = cli.parse(sys.argv[1:])
    if isinstance(args, int):
        return args
    if args.command is None:
        return start_app(args.data_dir, args.screenshot)
    return cli.run(args)


def start_app(data_dir: str | None, screenshot: str | None) -> int:
    import gc

    gc.disable()  # start-up: nothing to collect while Qt loads; run() turns it back on once the window shows
    from desktop_app.gui.app import run  # Qt only when there is no command

    return int(run(data_dir, screenshot))


if __name__ == "__main__":
    sys.exit(main())
