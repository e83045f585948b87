#pragma once

#include <QPlainTextEdit>

namespace Atendo {

// The composer's text box: Enter submits, Shift+Enter inserts a new line.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget* parent = nullptr);

Q_SIGNALS:
    void submitted();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace Atendo
