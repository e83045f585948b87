#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Atendo {

// The file chosen to send, above the composer: its name and size, and a
// button to take it away again.
class AttachmentChip : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChip)

public:
    explicit AttachmentChip(QWidget* parent = nullptr);

    // Empty path: no file (the chip hides).
    void setFile(const QString& path);
    [[nodiscard]] QString file() const { return m_path; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QToolButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void removed();

private:
    QString m_path;
    QLabel* m_label;
    QToolButton* m_remove;
};

} // namespace Atendo
