# The README's two commands are `make run` and `make test`; `make bench` runs the benchmarks.
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat setup.cfg setup.py pyproject.toml | sha1sum | cut -c1-12)
TEST_STAMP := $(STAMP)-test
# Debian packages the tests and the GUI need: CJK TrueType fonts for notices and
# screenshots, poppler for rendering PDFs to PNG, the EGL/xkb libraries Qt loads offscreen,
# chromium (headless) for checking the city page's charts.
DEB_PACKAGES := fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai poppler-utils \
	libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 chromium
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-only bench forms translations deb clean-venv screenshots ci-install qt-libs test-py312 fandol trial dist walkthrough

$(VPY):
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip

$(STAMP): $(VPY)
	$(VPY) -m pip install -q -e '.[desktop]'
	touch $@

$(TEST_STAMP): $(VPY)
	$(VPY) -m pip install -q -e '.[test]'
	touch $(STAMP) $@

deb:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "missing Debian packages (install as root):$$missing"; fi; \
	fi

# What Qt's xcb platform plugin loads on a desktop (a stock Debian lacks libxcb-cursor0 and
# others); `ldd` on the plugin names what is missing (lishui_desktop/gui/platform_check.py).
USER_ID ?= $(shell id -u)
qt-libs: $(STAMP)
	@missing="$$($(VPY) -m lishui_desktop.gui.platform_check --missing-packages)"; \
	if [ -n "$$missing" ]; then \
		if [ "$(USER_ID)" = 0 ]; then \
			echo "installing the libraries Qt needs for its window: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "Qt cannot open a window: libraries are missing. Install them as root with:"; \
			echo "  sudo apt-get install -y $$missing"; \
			exit 1; \
		fi; \
	fi

# FandolFang, a free 仿宋 for the notices where simfang.ttf is absent. Its Debian package
# (texlive-lang-chinese) pulls in TeX; as root we unpack only the font (and its licence).
FANDOL_DIR := /usr/local/share/fonts/fandol
FANDOL_TEX := /usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf
fandol:
	@if [ ! -f $(FANDOL_DIR)/FandolFang-Regular.otf ] && [ ! -f $(FANDOL_TEX) ]; then \
		if [ "$(USER_ID)" = 0 ]; then \
			echo "unpacking FandolFang (仿宋) from texlive-lang-chinese into $(FANDOL_DIR)"; \
			tmp=$$(mktemp -d) && chmod 755 $$tmp && \
			(cd $$tmp && { apt-get download -qq texlive-lang-chinese 2>/dev/null || \
				{ apt-get update -qq && apt-get download -qq texlive-lang-chinese 2>/dev/null; }; }) && \
			dpkg-deb --fsys-tarfile $$tmp/texlive-lang-chinese_*.deb \
				| tar -x -C $$tmp --wildcards '*/FandolFang-Regular.otf' '*/fandol/COPYING.gz' && \
			mkdir -p $(FANDOL_DIR) && find $$tmp -name FandolFang-Regular.otf -exec cp {} $(FANDOL_DIR)/ \; && \
			find $$tmp -name COPYING.gz -exec cp {} $(FANDOL_DIR)/ \; ; rm -rf $$tmp; \
		else \
			echo "notices use a substitute for 仿宋; for FandolFang: sudo apt-get install texlive-lang-chinese"; \
		fi; \
	fi

run: $(STAMP) translations qt-libs fandol
	$(VPY) -m lishui_desktop.cli --demo-if-missing

test: $(TEST_STAMP) deb fandol translations
	$(VENV)/bin/lint-imports
	$(VPY) -m pytest -q -n 2 --dist loadfile

# Python 3.12: a fast part of the suite in its own venv (pyenv's 3.12 where there is one).
PY312 ?= env PYENV_VERSION=3.12.1 python3.12
VENV312 := .venv312
# a cross-section: pure rules, migrations, audit chain, fonts and signing, a USB round trip
# through a real server, Qt (and the reference work-around that 3.12 no longer needs)
PY312_TESTS ?= tests/domain tests/store/test_migrations.py tests/store/test_audit_chain.py \
	tests/notices/test_notice_fonts.py tests/notices/test_notice_signing.py \
	tests/sync/test_bundles.py tests/gui/test_qtfix.py tests/gui/test_platform_check.py \
	tests/gui/test_gui_shell.py::test_a_long_session_does_not_use_up_none_and_true
test-py312:
	[ -x $(VENV312)/bin/python ] || $(PY312) -m venv $(VENV312)
	$(VENV312)/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 \
		| { grep -v "^WARNING: Location" || true; }
	$(VENV312)/bin/python -m pytest -q -p no:cacheprovider $(PY312_TESTS)

# The wheel installed as the desktop and as the server, in fresh venvs outside the checkout.
ci-install:
	PY=$(PY) bash .ci/install-check

test-only:
	$(VPY) -m pytest -q -n 2 --dist loadfile

translations: $(STAMP)
	$(VPY) -m lishui_desktop.gui.i18n_build

forms: translations

screenshots: $(STAMP)
	$(VPY) -m lishui_desktop.cli screenshot --db $${DB:-$$HOME/.local/share/lishui-desktop/lishui.sqlite3} --user $${USER_NAME:-admin} --out out/screenshots

# docs/walkthrough: one whole dibao case, screen by screen, in both languages (a fresh demo file).
walkthrough: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(VPY) -m lishui_desktop.gui.walkthrough --out docs/walkthrough

# A whole trial city in one folder (the desktop and the server, so the test install):
# `make trial DIR=trial PORT=8000`; the folder's README.txt says how to start each part.
TRIAL_DIR ?= $(or $(DIR),trial)
trial: $(TEST_STAMP) translations
	$(VPY) -m lishui_desktop.cli trial $(TRIAL_DIR) --port $${PORT:-8000}

# The desktop as one folder (PyInstaller): dist/lishui-desktop/lishui-desktop[.exe]. Built in
# its own venv from the package installed as a wheel, so the build holds what an install
# holds and nothing of the checkout; .ci/dist-check runs the built program.
DIST_VENV := .venv-dist
dist:
	[ -x $(DIST_VENV)/bin/python ] || $(PY) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install -q --disable-pip-version-check '.[desktop,dist]'
	$(DIST_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps --force-reinstall .
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller lishui-desktop.spec
	@echo "built dist/lishui-desktop/ ($$(du -sh dist/lishui-desktop | cut -f1))"

bench: $(TEST_STAMP)
	# bench/city.py (173 sites on PostgreSQL) takes long: run it by hand.
	for b in bench/*.py; do [ $$b = bench/city.py ] && continue; echo "== $$b"; $(VPY) $$b || exit 1; done

clean-venv:
	rm -rf $(VENV)
