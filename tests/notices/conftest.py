from __future__ import annotations

import pytest

from lishui_desktop.notices import KINDS, SiteSigner, render
from lishui_desktop.notices.samples import sample_notices


@pytest.fixture(scope="session")
def signers() -> dict[str, SiteSigner]:
    return {site: SiteSigner.generate(site) for site in ("331102100", "331102")}


@pytest.fixture(scope="session")
def public_keys(signers) -> dict[str, str]:
    return {site: s.public_b64 for site, s in signers.items()}


@pytest.fixture(scope="session")
def samples():
    notices = sample_notices()
    assert set(notices) == set(KINDS)
    return notices


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, samples, signers):
    """kind -> path of the rendered sample PDF."""
    out = tmp_path_factory.mktemp("notices")
    paths = {}
    for kind, notice in samples.items():
        path = out / f"{kind}.pdf"
        render(notice, signers[notice.office.site_code], path)
        paths[kind] = path
    return paths
