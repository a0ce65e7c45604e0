"""What the phone server says when it refuses, in the phone's language.

The phone's own refusals have ``phone.*`` codes, in six languages here; a rule of the domain
(``ranking.unknown_option``, ``points.over_budget`` ...) is rendered by
:func:`workshop_app.domain.messages.render`, in the phone's language where a catalogue has it,
else in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.messages import render

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

PHONE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "phone.bad_request": "The app could not read this request. Reload the page and try again.",
        "phone.forbidden": "This request was refused for safety. Open the link the facilitator gave you again.",
        "phone.no_device": "This phone has not joined the session yet: open the join link again.",
        "phone.register_first": "Please register before answering.",
        "phone.registration_off": "Registration is switched off for this session.",
        "phone.unknown_question": "There is no such question in this session.",
        "phone.unknown_option": "This answer names an option that is not in the question.",
        "phone.closed": "This question is closed: answers are no longer accepted.",
        "phone.too_big": "This is too long to send.",
        "phone.bad_answer": "This answer is not in a form the app understands.",
        "phone.too_many": "Too many requests: wait {seconds} seconds and try again.",
        "phone.not_saved": "The facilitator's laptop could not save this. Nothing was saved; try again in a moment.",
    },
    "fr": {
        "phone.bad_request": "L'application n'a pas pu lire cette demande. Rechargez la page et réessayez.",
        "phone.forbidden": "Cette demande a été refusée par sécurité. Rouvrez le lien donné par l'animateur.",
        "phone.no_device": "Ce téléphone n'a pas encore rejoint la session : rouvrez le lien d'accès.",
        "phone.register_first": "Veuillez vous inscrire avant de répondre.",
        "phone.registration_off": "L'inscription est désactivée pour cette session.",
        "phone.unknown_question": "Cette question n'existe pas dans cette session.",
        "phone.unknown_option": "Cette réponse cite une option qui ne fait pas partie de la question.",
        "phone.closed": "Cette question est close : les réponses ne sont plus acceptées.",
        "phone.too_big": "C'est trop long pour être envoyé.",
        "phone.bad_answer": "Cette réponse n'a pas une forme que l'application comprend.",
        "phone.too_many": "Trop de demandes : attendez {seconds} secondes et réessayez.",
        "phone.not_saved": "L'ordinateur de l'animateur n'a pas pu enregistrer. Rien n'a été enregistré ; "
                           "réessayez dans un instant.",
    },
    "es": {
        "phone.bad_request": "La aplicación no pudo leer esta solicitud. Vuelva a cargar la página e inténtelo de nuevo.",
        "phone.forbidden": "Esta solicitud se rechazó por seguridad. Vuelva a abrir el enlace que le dio el facilitador.",
        "phone.no_device": "Este teléfono aún no se ha unido a la sesión: vuelva a abrir el enlace.",
        "phone.register_first": "Regístrese antes de responder.",
        "phone.registration_off": "El registro está desactivado en esta sesión.",
        "phone.unknown_question": "Esa pregunta no existe en esta sesión.",
        "phone.unknown_option": "Esta respuesta menciona una opción que no está en la pregunta.",
        "phone.closed": "Esta pregunta está cerrada: ya no se aceptan respuestas.",
        "phone.too_big": "Es demasiado largo para enviarlo.",
        "phone.bad_answer": "Esta respuesta no tiene una forma que la aplicación entienda.",
        "phone.too_many": "Demasiadas solicitudes: espere {seconds} segundos e inténtelo de nuevo.",
        "phone.not_saved": "El portátil del facilitador no pudo guardarlo. No se guardó nada; "
                           "inténtelo de nuevo en un momento.",
    },
    "ru": {
        "phone.bad_request": "Приложение не смогло прочитать запрос. Обновите страницу и попробуйте снова.",
        "phone.forbidden": "Запрос отклонён из соображений безопасности. Снова откройте ссылку ведущего.",
        "phone.no_device": "Этот телефон ещё не подключён к сессии: снова откройте ссылку.",
        "phone.register_first": "Пожалуйста, зарегистрируйтесь, прежде чем отвечать.",
        "phone.registration_off": "Регистрация в этой сессии отключена.",
        "phone.unknown_question": "Такого вопроса в этой сессии нет.",
        "phone.unknown_option": "В ответе указан вариант, которого нет в вопросе.",
        "phone.closed": "Этот вопрос закрыт: ответы больше не принимаются.",
        "phone.too_big": "Это слишком длинно для отправки.",
        "phone.bad_answer": "Ответ имеет форму, которую приложение не понимает.",
        "phone.too_many": "Слишком много запросов: подождите {seconds} с и попробуйте снова.",
        "phone.not_saved": "Ноутбук ведущего не смог сохранить ответ. Ничего не сохранено; попробуйте чуть позже.",
    },
    "zh": {
        "phone.bad_request": "应用无法读取此请求。请刷新页面后重试。",
        "phone.forbidden": "出于安全原因，此请求被拒绝。请重新打开主持人提供的链接。",
        "phone.no_device": "此手机尚未加入会议：请重新打开加入链接。",
        "phone.register_first": "请先登记再作答。",
        "phone.registration_off": "本次会议已关闭登记。",
        "phone.unknown_question": "本次会议中没有这个问题。",
        "phone.unknown_option": "此答案包含不属于该问题的选项。",
        "phone.closed": "此问题已关闭：不再接受作答。",
        "phone.too_big": "内容太长，无法发送。",
        "phone.bad_answer": "应用无法理解此答案的格式。",
        "phone.too_many": "请求过多：请等待 {seconds} 秒后重试。",
        "phone.not_saved": "主持人的电脑未能保存。没有保存任何内容；请稍后重试。",
    },
    "ar": {
        "phone.bad_request": "تعذّر على التطبيق قراءة هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.",
        "phone.forbidden": "رُفض هذا الطلب لأسباب أمنية. افتح الرابط الذي قدّمه الميسّر مرة أخرى.",
        "phone.no_device": "لم ينضم هذا الهاتف إلى الجلسة بعد: افتح رابط الانضمام مرة أخرى.",
        "phone.register_first": "يُرجى التسجيل قبل الإجابة.",
        "phone.registration_off": "التسجيل متوقف في هذه الجلسة.",
        "phone.unknown_question": "لا يوجد هذا السؤال في هذه الجلسة.",
        "phone.unknown_option": "تذكر هذه الإجابة خيارًا ليس من خيارات السؤال.",
        "phone.closed": "هذا السؤال مغلق: لم تعد الإجابات مقبولة.",
        "phone.too_big": "هذا أطول من أن يُرسل.",
        "phone.bad_answer": "هذه الإجابة ليست بصيغة يفهمها التطبيق.",
        "phone.too_many": "طلبات كثيرة جدًا: انتظر {seconds} ثانية ثم حاول مرة أخرى.",
        "phone.not_saved": "تعذّر على حاسوب الميسّر الحفظ. لم يُحفظ شيء؛ حاول مرة أخرى بعد لحظة.",
    },
}


def phone_message(code: str, params: Mapping[str, Any] | None = None, language: str | None = "en") -> str:
    """The sentence for ``code`` in ``language`` (a phone code here, else the domain's catalogue)."""
    lang = language if language in PHONE_MESSAGES else "en"
    if code.startswith("phone."):
        template = PHONE_MESSAGES[lang].get(code) or PHONE_MESSAGES["en"][code]
        return template.format(**dict(params or {}))
    return render(code, params, lang)
