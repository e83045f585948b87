#include "console/attachmentchip.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace Atendo {

AttachmentChip::AttachmentChip(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("attachmentChip"));
    m_label->setObjectName(QStringLiteral("attachmentLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAccessibleName(tr("Remove attachment"));
    m_remove->setToolTip(tr("Remove attachment"));
    m_remove->setAutoRaise(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 2, 2);
    row->addWidget(m_label, 1);
    row->addWidget(m_remove);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        setFile({});
        Q_EMIT removed();
    });
    setVisible(false);
}

QString AttachmentChip::text() const
{
    return m_label->text();
}

void AttachmentChip::setFile(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_label->setText(path.isEmpty()
            ? QString()
            : tr("📎 %1 · %2").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    setAccessibleName(path.isEmpty() ? QString() : tr("Attachment %1").arg(info.fileName()));
    setVisible(!path.isEmpty());
}

} // namespace Atendo
