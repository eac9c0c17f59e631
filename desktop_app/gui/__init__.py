"""Everything Qt: main window, wizard, table models, dialogs."""
