"""`make walkthrough`'s script renders one whole dibao case, screen by screen, at 1366×768:
the caseworker, the township reviewer, the county, the township printing the notice."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["caseworker-today", "caseworker-household-found", "caseworker-new-application",
         "caseworker-case-taken", "caseworker-visit-due", "caseworker-visit-form",
         "caseworker-waits-for-review", "reviewer-case", "reviewer-review", "reviewer-notice-running",
         "reviewer-hand-up", "county-queue", "county-approve", "county-approved", "caseworker-approved",
         "caseworker-print-notice", "caseworker-notice-preview"]


def test_the_walkthrough_renders_every_step(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "lishui_desktop.gui.walkthrough", "--out", str(tmp_path),
                             "--lang", "en"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    made = sorted(p.name for p in (tmp_path / "en").glob("*.png"))
    assert made == [f"{i:02d}-{name}.png" for i, name in enumerate(STEPS, 1)]
    for name in made:
        image = QImage(str(tmp_path / "en" / name))
        assert not image.isNull() and image.width() > 300 and image.height() > 200, name
        if not any(k in name for k in ("new-application", "visit-form", "-review.", "approve.", "preview")):
            assert (image.width(), image.height()) == (1366, 768), name
    # The committed walkthrough has the same screens, in both languages.
    for lang in ("zh", "en"):
        assert sorted(p.name for p in (ROOT / "docs" / "walkthrough" / lang).glob("*.png")) == made
