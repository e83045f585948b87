#include "console/composeredit.h"

#include <QKeyEvent>

namespace Atendo {

ComposerEdit::ComposerEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
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
