"""``python -m lishui_desktop.notices --sample OUTDIR [--png]``: render one notice of every kind.

The application's CLI can delegate its ``notices --sample`` command to ``main``.
A throw-away key signs the samples unless ``--key`` names a file holding a
base64 private key; the public key is printed so the QR codes can be checked.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from .render import render
from .samples import sample_notices
from .signing import SiteSigner


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="notices", description=__doc__.splitlines()[0])
    p.add_argument("--sample", metavar="OUTDIR", required=True, help="write sample PDFs here")
    p.add_argument("--png", action="store_true", help="also render PNG pages with pdftoppm")
    p.add_argument("--dpi", type=int, default=80)
    p.add_argument("--copy", action="store_true", help="print the samples as reprints (副本)")
    p.add_argument("--key", help="file with the site's base64 Ed25519 private key")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    out = Path(args.sample)
    out.mkdir(parents=True, exist_ok=True)
    notices = sample_notices()
    signer = None
    for kind, notice in notices.items():
        site = notice.office.site_code
        if signer is None or signer.site_code != site:
            signer = (SiteSigner.from_b64(site, Path(args.key).read_text().strip()) if args.key
                      else SiteSigner.generate(site))
            print(f"site {site} public key: {signer.public_b64}")
        if args.copy:
            notice = notice.as_copy()
        pdf = out / f"notice-{kind}.pdf"
        pages = render(notice, signer, pdf)
        print(f"{pdf} ({pages} page{'s' if pages > 1 else ''})")
        if args.png and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(out / f"notice-{kind}")],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
