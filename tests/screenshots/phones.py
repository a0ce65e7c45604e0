"""Screenshots of the phone page (English, Arabic, Chinese) and of the "Open to phones" panel.

    python -m tests.screenshots.phones OUTDIR

The demo session is served on 127.0.0.1 by the real phone server; three phones (Debian's chromium
through Playwright, 360×740, touch, twice the pixels) join it, answer, and are photographed; then
the facilitator's panel, with their counts, is grabbed offscreen. Needs the test extras
(playwright) and /usr/bin/chromium.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


def _scroll_to(page, selector: str) -> None:
    page.evaluate("s => { const n = document.querySelector(s); window.scrollTo(0, n.getBoundingClientRect().top"
                  " + window.scrollY - 8); }", selector)


def _english(page) -> None:
    page.locator("#reg-skip").tap()
    ranking = page.locator('.q[data-kind="ranking"]')
    for n in (2, 0, 4):
        ranking.locator(".pool .opt").nth(0 if n == 0 else 1).tap()
    ranking.locator(".order li").nth(2).locator('[data-act="tie"]').tap()
    ranking.locator(".send").tap()
    ranking.locator(".answer-area .status.ok").wait_for()
    _scroll_to(page, '.q[data-kind="ranking"] h3')


def _arabic(page) -> None:
    page.locator("#reg-skip").tap()
    ranking = page.locator('.q[data-kind="ranking"]')
    ranking.locator(".pool .opt").nth(1).tap()
    ranking.locator(".pool .opt").nth(0).tap()
    page.evaluate("window.scrollTo(0, 0)")


def _chinese(page) -> None:
    page.select_option("#reg-group", "academia")
    page.fill("#reg-country", "中国")
    page.fill("#reg-org", "清华大学")
    page.evaluate("window.scrollTo(0, 0)")


def shoot_phones(url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    shots = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for language, act in (("en", _english), ("ar", _arabic), ("zh", _chinese)):
            context = browser.new_context(locale=language, **PHONE)
            page = context.new_page()
            page.goto(f"{url}?lang={language}")
            page.wait_for_selector(".q")
            act(page)
            page.wait_for_timeout(300)  # the announcer and the status settle
            path = out / f"phone-{language}.png"
            page.screenshot(path=str(path))
            shots.append(path)
            context.close()
        browser.close()
    return shots


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workshop_app.samples.demo import build_demo
    from workshop_app.storage import SessionFile
    from workshop_app.ui.common.style import apply_style
    from workshop_app.ui.controller import AppController
    from workshop_app.ui.phones.panel import LOOPBACK, PhonesPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Nairobi-dialogue.workshop"
        with SessionFile.create(path) as sf:
            build_demo(sf)
        controller = AppController(SessionFile.open(path))
        panel = PhonesPanel(controller)
        panel.network.setCurrentIndex(panel.network.findData(LOOPBACK))
        if not panel.start():
            raise SystemExit(panel.state.text())
        try:
            shots = shoot_phones(panel.server.url, out)
            panel.refresh()
            panel.show()
            for _ in range(6):
                app.processEvents()
            shot = out / "phones-panel.png"
            panel.grab().save(str(shot))
            shots.append(shot)
        finally:
            panel.shutdown()
            controller.file.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    for shot in render(out):
        print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
