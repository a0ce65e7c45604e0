"""The phone page in a real browser (Debian's chromium through Playwright), phone-sized, by touch.

Each test drives the page against the real phone server on 127.0.0.1 and then reads the session
file through storage (a private copy), so "Saved ✓" on the phone means "in the file".
"""

from __future__ import annotations

import re

import pytest

from .page_support import PHONE, WAIT, card, launch, open_page, serve

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[test])")
expect = sync_api.expect


@pytest.fixture
def venue(tmp_path):
    yield from serve(tmp_path)


@pytest.fixture
def venue_required(tmp_path):
    yield from serve(tmp_path, "required")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = launch(p)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    """A phone: mobile viewport, touch, English unless a test asks for another locale."""
    ctx = browser.new_context(locale="en-GB", **PHONE)
    ctx.set_default_timeout(WAIT)
    yield ctx
    ctx.close()


def phone_ballots(data, question_id: str):
    return [b for b in data.ballots if b.question == question_id]


def test_join_register_and_rank_by_tapping(context, venue):
    page = open_page(context, venue)
    expect(page.locator("#register")).to_be_visible()
    expect(page.locator("#reg-consent")).not_to_be_checked()  # not named unless the person says so
    page.select_option("#reg-group", "academia")
    page.fill("#reg-country", "Kenya")
    page.fill("#reg-org", "University of Nairobi")
    page.fill("#reg-name", "Wanjiru Kamau")
    page.locator("#reg-form button[type=submit]").tap()
    expect(page.locator("#who")).to_contain_text("your details are saved")
    expect(page.locator("#register")).to_be_hidden()

    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    for n in (2, 0, 1):  # tap three options in order
        ranking.locator(f'.pool .opt[data-id="{opts[n].id}"]').tap()
    expect(ranking.locator(".order li")).to_have_count(3)
    expect(page.locator("#announcer")).to_contain_text("position 3")
    ranking.locator(f'[data-id="{opts[0].id}"][data-act="up"]').tap()  # ▲: o0 above o2
    expect(page.locator("#announcer")).to_contain_text("now position 1")
    ranking.locator(f'[data-id="{opts[1].id}"][data-act="tie"]').tap()  # =: o1 ties with o2
    expect(ranking.locator(f'[data-id="{opts[1].id}"][data-act="tie"]')).to_have_attribute("aria-pressed", "true")
    expect(ranking.locator(".order .rank")).to_have_text(["1", "2", "=2"])
    ranking.locator(".send").tap()
    expect(ranking.locator(".answer-area .status")).to_contain_text("Saved ✓")

    data = venue.read()
    person = next(p for p in data.participants if p.name == "Wanjiru Kamau")
    assert (person.stakeholder_group, person.country, person.organisation) == ("academia", "Kenya", "University of Nairobi")
    assert person.consent_named is False
    [ballot] = phone_ballots(data, q.id)
    assert ballot.participant == person.id
    assert ballot.ranking == [[opts[0].id], [opts[2].id, opts[1].id]]
    assert page.errors == []


def test_keyboard_and_screen_reader_ranking(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").focus()
    page.keyboard.press("Enter")
    # the focus goes on to the first question, not back to the top of the page
    assert page.evaluate("document.activeElement.closest('.q').dataset.kind") == "ranking"
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    first = ranking.locator(".pool .opt").first
    expect(first).to_have_attribute("aria-label", f"Add {opts[0].label} to my order")
    first.focus()
    page.keyboard.press("Enter")  # added; the focus moves to the next option still to rank
    page.keyboard.press("Space")
    expect(ranking.locator(".order .label")).to_have_text([opts[0].label, opts[1].label])
    down = ranking.locator(f'[data-id="{opts[0].id}"][data-act="down"]')
    expect(down).to_have_attribute("aria-label", f"Move {opts[0].label} down")
    down.focus()
    page.keyboard.press("Enter")
    expect(ranking.locator(".order .label")).to_have_text([opts[1].label, opts[0].label])
    expect(page.locator("#announcer")).to_have_text(f"{opts[0].label}: now position 2.")
    # the focus follows the option moved, so pressing again keeps moving the same one
    assert page.evaluate("document.activeElement.dataset.id") == opts[0].id
    ranking.locator(f'[data-id="{opts[1].id}"][data-act="remove"]').focus()
    page.keyboard.press("Enter")
    expect(page.locator("#announcer")).to_have_text(f"{opts[1].label} removed from your order.")
    expect(ranking.locator(".order .label")).to_have_text([opts[0].label])
    assert page.errors == []


def test_points_rating_and_comments(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    expect(page.locator("#who")).to_contain_text("anonymously")

    pq, popts = venue.question("points")
    points = card(page, "points")
    budget = points.locator(".budget")
    expect(budget).to_have_text("100 of 100 points left")
    expect(points.locator(".send")).to_be_disabled()  # the whole budget must be given, and it says so
    expect(points.locator(".why")).to_have_text("Give all 100 points to send your answer.")
    points.locator(f"#pts-{pq.id}-{popts[0].id}").fill("60")
    expect(budget).to_have_text("40 of 100 points left")
    points.locator(f"#pts-{pq.id}-{popts[1].id}").fill("70")  # over budget: refused, clamped to what is left
    expect(points).to_contain_text("You have only 40 left to give.")
    expect(budget).to_have_text("0 of 100 points left")
    expect(points.locator(".why")).to_be_hidden()
    expect(points.locator(f"#pts-{pq.id}-{popts[1].id}")).to_have_value("40")
    expect(points.locator('[data-act="plus"]').first).to_be_disabled()
    points.locator('[data-act="minus"]').nth(1).tap()  # −5
    expect(budget).to_have_text("5 of 100 points left")
    points.locator('[data-act="plus"]').nth(2).tap()  # +5 to the third
    points.locator(".send").tap()
    expect(points.locator(".answer-area .status")).to_contain_text("Saved ✓")

    rq, ropts = venue.question("rating")
    rating = card(page, "rating")
    rating.locator("fieldset").nth(0).locator('input[value="4"]').tap()  # the radio covers its pill
    rating.locator("fieldset").nth(2).locator('input[value="2"]').tap()
    rating.locator(".send").tap()
    expect(rating.locator(".answer-area .status")).to_contain_text("Saved ✓")

    oq, _ = venue.question("open")
    open_card = card(page, "open")
    open_card.locator("textarea").fill("Fund <b>housing</b> first & listen to cities")
    open_card.locator(".comment-area .btn").tap()
    expect(open_card.locator(".comment-area .status")).to_contain_text("Comment saved ✓")
    expect(open_card.locator(".sent li")).to_have_text("Fund <b>housing</b> first & listen to cities")  # as text

    ranking_q, ranking_opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator("textarea").fill("P3 needs money more than words.")
    ranking.locator("select").select_option(ranking_opts[2].id)
    ranking.locator(".comment-area .btn").tap()
    expect(ranking.locator(".comment-area .status")).to_contain_text("Comment saved ✓")

    data = venue.read()
    [pb] = phone_ballots(data, pq.id)
    assert pb.points == {popts[0].id: 60, popts[1].id: 35, popts[2].id: 5}
    [rb] = phone_ballots(data, rq.id)
    assert rb.ratings == {ropts[0].id: 4, ropts[2].id: 2}
    texts = {c.text: c for c in data.comments}
    assert texts["Fund <b>housing</b> first & listen to cities"].question == oq.id
    on_option = texts["P3 needs money more than words."]
    assert (on_option.question, on_option.option) == (ranking_q.id, ranking_opts[2].id)
    assert all(b.participant is None for b in data.ballots)  # skipped registration: anonymous
    assert page.errors == []


def test_a_changed_answer_is_a_revision_not_a_second_ballot(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator(f'.pool .opt[data-id="{opts[0].id}"]').tap()
    ranking.locator(f'.pool .opt[data-id="{opts[1].id}"]').tap()
    expect(ranking.locator(".send")).to_have_text("Send my answer")
    ranking.locator(".send").tap()
    expect(ranking.locator(".answer-area .status")).to_contain_text("Saved ✓")
    [first] = phone_ballots(venue.read(), q.id)

    expect(ranking.locator(".send")).to_have_text("Update my answer")
    ranking.locator(f'[data-id="{opts[1].id}"][data-act="remove"]').tap()
    expect(ranking.locator(".answer-area .status")).to_have_text("Changed: press the button to send it.")
    ranking.locator(f'.pool .opt[data-id="{opts[4].id}"]').tap()
    ranking.locator(f'[data-id="{opts[4].id}"][data-act="up"]').tap()
    ranking.locator(".send").tap()
    expect(ranking.locator(".answer-area .status")).to_contain_text("Saved ✓")

    [ballot] = phone_ballots(venue.read(), q.id)
    assert ballot.id == first.id and ballot.rev == first.rev + 1
    assert ballot.ranking == [[opts[4].id], [opts[0].id]]

    page.reload()  # the page shows this phone's saved answer again
    page.wait_for_selector(".q")
    expect(card(page, "ranking").locator(".order .label")).to_have_text([opts[4].label, opts[0].label])
    expect(card(page, "ranking").locator(".send")).to_have_text("Update my answer")


def test_unreachable_laptop_keeps_the_answer_and_retries(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator(f'.pool .opt[data-id="{opts[3].id}"]').tap()
    page.route("**/api/*/answer", lambda route: route.abort("connectionrefused"))
    ranking.locator(".send").tap()
    status = ranking.locator(".answer-area .status")
    expect(status).to_contain_text("Not sent yet — retrying")
    kept = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wa-outbox'))"
                         ".map(k => localStorage.getItem(k)).join('')")
    assert opts[3].id in kept  # the answer waits on the phone
    assert phone_ballots(venue.read(), q.id) == []

    page.unroute("**/api/*/answer")
    expect(status).to_contain_text("went through after a retry", timeout=40_000)
    [ballot] = phone_ballots(venue.read(), q.id)
    assert ballot.ranking == [[opts[3].id]]
    assert page.evaluate("localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('wa-outbox')))") == "[]"


def test_a_closed_question_says_so_in_the_phones_language(context, venue):
    page = open_page(context, venue, "?lang=fr")
    page.locator("#reg-skip").tap()
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator(f'.pool .opt[data-id="{opts[0].id}"]').tap()
    venue.server.close_all()
    ranking.locator(".send").tap()
    expect(ranking.locator(".answer-area .status")).to_have_text(
        "Non enregistré : Cette question est close : les réponses ne sont plus acceptées.")
    expect(ranking).to_have_class(re.compile(r"\bclosed\b"))
    expect(ranking.locator(".closed-note")).to_be_visible()
    assert phone_ballots(venue.read(), q.id) == []


def test_arabic_page_is_right_to_left(context, venue):
    page = open_page(context, venue, "?lang=ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    ranking = card(page, "ranking")
    expect(ranking.locator(".send")).to_have_text("أرسل إجابتي")
    expect(page.locator("#reg-skip")).to_have_text("تخطَّ وأجب دون ذكر الاسم")
    page.locator("#reg-skip").tap()
    ranking.locator(".pool .opt").first.tap()
    badge = ranking.locator(".order .rank").first.bounding_box()
    label = ranking.locator(".order .label").first.bounding_box()
    assert badge["x"] > label["x"]  # the layout mirrors: the rank number sits at the right
    h1 = page.locator("h1").bounding_box()
    assert h1["x"] + h1["width"] > 330  # headings start at the right edge
    # an English prompt on the Arabic page keeps its own direction (its full stop at its end)
    assert ranking.locator("h2").evaluate("n => getComputedStyle(n).direction") == "ltr"
    assert page.evaluate("getComputedStyle(document.querySelector('.hint')).direction") == "rtl"
    assert page.errors == []


def test_chinese_from_the_phones_language_and_the_switcher(browser, venue):
    ctx = browser.new_context(locale="zh-CN", viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = open_page(ctx, venue)  # no ?lang: Accept-Language says Chinese
        assert page.evaluate("document.documentElement.lang") == "zh"
        expect(card(page, "ranking").locator(".send")).to_have_text("提交我的答案")
        expect(card(page, "points").locator(".budget")).to_have_text("还剩 100 分（共 100 分）")
        expect(page.locator(".langs a[aria-current]")).to_have_text("中文")
        page.locator(".langs a", has_text="English").tap()
        page.wait_for_selector(".q")
        assert page.evaluate("document.documentElement.lang") == "en"
        page.goto(venue.server.url)  # remembered for this phone
        page.wait_for_selector(".q")
        assert page.evaluate("document.documentElement.lang") == "en"
    finally:
        ctx.close()


def test_required_registration_comes_before_the_questions(context, venue_required):
    page = context.new_page()
    page.goto(venue_required.server.url)
    expect(page.locator("#reg-form")).to_be_visible()
    expect(page.locator("#reg-skip")).to_have_count(0)
    expect(page.locator("#questions")).to_be_hidden()
    page.locator("#reg-form button[type=submit]").tap()  # no group chosen
    expect(page.locator("#reg-form .status")).to_have_text("Choose your stakeholder group.")
    page.select_option("#reg-group", "member_state")
    page.locator("#reg-form button[type=submit]").tap()
    expect(page.locator("#questions")).to_be_visible()
    [person] = venue_required.read().participants
    assert (person.stakeholder_group, person.name, person.consent_named) == ("member_state", "", False)


def test_big_touch_targets_and_no_sideways_scrolling_on_a_small_phone(browser, venue):
    ctx = browser.new_context(locale="en-GB", viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = open_page(ctx, venue)
        page.locator("#reg-skip").tap()
        card(page, "ranking").locator(".pool .opt").first.tap()  # the order's buttons too
        small = page.evaluate("""() => [...document.querySelectorAll('button, input, select, textarea, .langs a')]
            .filter(n => n.offsetParent !== null && n.type !== 'radio')
            .map(n => [n.getAttribute('aria-label') || n.textContent || n.id, n.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44).map(([name, r]) => `${name}: ${r.width}×${r.height}`)""")
        assert small == []
        pills = page.evaluate("""() => [...document.querySelectorAll('.pill')].map(n => n.getBoundingClientRect())
            .filter(r => r.width < 44 || r.height < 44).length""")
        assert pills == 0  # a rating's choices are whole pills
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        ctx.close()


def test_an_unsent_order_survives_a_change_of_language(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator(f'.pool .opt[data-id="{opts[4].id}"]').tap()
    ranking.locator(f'.pool .opt[data-id="{opts[1].id}"]').tap()
    page.locator(".langs a", has_text="Français").tap()
    page.wait_for_selector(".q")
    assert page.evaluate("document.documentElement.lang") == "fr"
    ranking = card(page, "ranking")
    expect(ranking.locator(".order .label")).to_have_text([opts[4].label, opts[1].label])
    expect(ranking.locator(".send")).to_have_text("Envoyer ma réponse")
    assert venue.read().ballots == []  # nothing was sent: a draft is only on the phone


def test_a_queued_answer_is_sent_after_the_page_is_reloaded(context, venue):
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    q, opts = venue.question("ranking")
    ranking = card(page, "ranking")
    ranking.locator(f'.pool .opt[data-id="{opts[2].id}"]').tap()
    page.route("**/api/*/answer", lambda route: route.abort("timedout"))
    ranking.locator(".send").tap()
    expect(ranking.locator(".answer-area .status")).to_contain_text("Not sent yet")
    page.unroute("**/api/*/answer")
    page.reload()  # the phone went to sleep, the browser dropped the page: the outbox is in localStorage
    page.wait_for_selector(".q")
    expect(card(page, "ranking").locator(".answer-area .status")).to_contain_text("went through")
    [ballot] = venue.read().ballots
    assert ballot.ranking == [[opts[2].id]]


def test_no_registration_form_when_the_facilitator_switched_it_off(context, tmp_path):
    for venue in serve(tmp_path, "off"):
        page = open_page(context, venue)
        expect(page.locator("#register")).to_be_hidden()
        expect(page.locator("#who")).to_be_hidden()
        expect(page.locator("#questions")).to_be_visible()


def test_questions_opened_one_at_a_time_appear_in_order_and_closed_ones_fold(context, venue):
    questions = venue.read().questions
    venue.server.open([questions[1].id])
    page = open_page(context, venue)
    page.locator("#reg-skip").tap()
    expect(page.locator(".q")).to_have_count(1)
    venue.server.open([questions[0].id])  # the facilitator goes back to the first question
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # as when the phone wakes up
    expect(page.locator(".q")).to_have_count(2)
    expect(page.locator(".q").first).to_have_attribute("data-kind", questions[0].kind)  # in the session's order
    expect(page.locator(".q").nth(1)).to_have_class(re.compile(r"\bclosed\b"))
    expect(page.locator(".q").nth(1).locator(".send")).to_be_hidden()
    expect(page.locator(".q").nth(1).locator(".closed-note")).to_be_visible()
