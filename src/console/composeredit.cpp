#include "console/composeredit.h"

#include <QKeyEvent>

namespace Atendo {

ComposerEdit::ComposerEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

bool ComposerEdit::event(QEvent* event)
{
    // The text control claims Ctrl+Enter for itself; leave it to the window's
    // "resolve" shortcut so it works while the agent is typing (and Ctrl+Shift+A
    // to the attach button).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::ControlModifier) {
            event->ignore();
            return false;
        }
        // Ctrl+Shift+A attaches a file (the composer's button), not a text command.
        if (key->key() == Qt::Key_A && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void ComposerEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // Ctrl+Enter is the window's "resolve" shortcut: leave it to the window.
    if (enter && event->modifiers() == Qt::NoModifier) {
        Q_EMIT submitted();
        event->accept();
        return;
    }
    if (enter && event->modifiers().testFlag(Qt::ShiftModifier)) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Atendo
