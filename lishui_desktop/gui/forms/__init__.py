"""Python generated from forms/*.ui; see lishui_desktop.gui.i18n_build."""
