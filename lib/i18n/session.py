"""Texts about the visitor's session itself (shown on any screen)."""

STRINGS: dict[str, tuple[str, str]] = {
    "session.restarted": (
        "Anslutningen till servern bröts och sidan har startat om. Det du hade valt eller laddat upp finns "
        "inte kvar: ladda upp filerna igen och ange workshopkoden på nytt. Sparade scenarier "
        "finns kvar under workshopkoden.",
        "The connection to the server was lost and the page has started again. What you had chosen or uploaded is "
        "gone: upload the files again and enter the workshop code again. Saved scenarios are kept under the "
        "workshop code."),
}
