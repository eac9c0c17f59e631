"""gui/ has no import cycle: no module reaches, through its imports, a module that imports it."""

import grimp


def test_no_import_cycle_in_gui():
    graph = grimp.build_graph("desktop_app")
    modules = {m for m in graph.modules if m.startswith("desktop_app.gui.")}
    cycles = []
    for importer in sorted(modules):
        for imported in graph.find_modules_directly_imported_by(importer) & modules:
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycles.append((importer, *back))
    assert cycles == []


def test_the_main_window_is_importable_from_the_package(app):
    from desktop_app.gui import MainWindow
    from desktop_app.gui.main_window import MainWindow as Defined

    assert MainWindow is Defined
