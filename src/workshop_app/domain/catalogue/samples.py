"""English templates of samples/: the demo and the session templates."""

ENGLISH: dict[str, str] = {
    "sample.unknown": "There is no sample “{which}”; choose one of: demo, {choices}.",
    "template.unknown": "No template “{template}”: give a .workshop or .json file, or one of: {choices}.",
    "template.no_session": "{name} holds no session to use as a template.",
}
