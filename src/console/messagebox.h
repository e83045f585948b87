#pragma once

#include <QMessageBox>

#include <optional>

namespace Atendo {

// Every confirmation goes through here so GUI tests can answer it without a
// modal loop (KeePassXC's MessageBox::setNextAnswer seam).
class MessageBox
{
public:
    // The answer the next question() returns without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static void warning(QWidget* parent, const QString& title, const QString& text);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Atendo
