"""English templates of samples/: the demo and the session templates.

The ``framework.*`` texts are the shipped UN-Habitat framework's questions in the session's language
(samples/templates.py): a new session from the template asks them in its own language.
"""

ENGLISH: dict[str, str] = {
    "sample.unknown": "There is no sample “{which}”; choose one of: demo, {choices}.",
    "template.unknown": "No template “{template}”: give a .workshop or .json file, or one of: {choices}.",
    "template.no_session": "{name} holds no session to use as a template.",
    # -- the UN-Habitat framework template, asked in the session's language
    "framework.session_title": "Dialogue on the strategic plan 2026–2029",
    "framework.prompt.ranking": "Rank the five priorities for the strategic plan 2026–2029, most important first.",
    "framework.prompt.points": "Share 100 points between the priorities according to where resources should go.",
    "framework.prompt.rating": ("How relevant is each emerging entry point to your work? "
                                "(1 = not at all, 5 = essential)"),
    "framework.prompt.open": "Strengths, weaknesses, opportunities and threats: what should the plan learn from?",
    "framework.entry_point.E1": ("Harness urbanisation for equitable prosperity: universal access to housing, "
                                 "infrastructure and basic services"),
    "framework.entry_point.E2": ("Living in harmony with nature: mitigation, adaptation, biodiversity and the "
                                 "circular economy"),
    "framework.entry_point.E3": ("Human settlements aspects of migration and displacement; building back better "
                                 "after conflict and disaster"),
    "framework.swot.strength": "What does UN-Habitat do well that the next plan should build on?",
    "framework.swot.weakness": "Where has UN-Habitat fallen short, and what lessons should the plan draw?",
    "framework.swot.opportunity": "Which trends or partnerships could the plan use?",
    "framework.swot.threat": "What could stop the plan from delivering?",
}
