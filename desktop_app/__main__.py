"""`python -m desktop_app` and the frozen executables: a command goes to the command line, no command
starts the app. The two stand side by side; only the app imports Qt."""

import sys


def main() -> int:
    from desktop_app import cli

    args = cli.parse(sys.argv[1:])
    if isinstance(args, int):
        return args
    if args.command is None:
        import gc

        gc.disable()  # start-up: nothing to collect while Qt loads; run() turns it back on once the window shows
        from desktop_app.gui.app import run  # Qt only when there is no command

        return int(run(args))
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
