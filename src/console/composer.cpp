#include "console/composer.h"

#include "console/attachmentchip.h"
#include "console/composeredit.h"
#include "console/themecolors.h"
#include "core/clock.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atendo {

Composer::Composer(QWidget* parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_template(new QPushButton(tr("Template…"), this))
    , m_attach(new QPushButton(tr("Attach…"), this))
    , m_chip(new AttachmentChip(this))
    , m_reason(new QLabel(this))
    , m_pickFile([](QWidget* owner) {
        return QFileDialog::getOpenFileName(owner, tr("Attach a file"), QString(),
            tr("Files WhatsApp accepts (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt "
               "*.pptx "
               "*.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;All files (*)"));
    })
{
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setMaximumHeight(110);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send message"));
    m_template->setObjectName(QStringLiteral("templateButton"));
    m_template->setAccessibleName(tr("Send a template"));
    m_template->setToolTip(tr("Choose an approved template (Ctrl+T)"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setAccessibleName(tr("Attach a file"));
    m_attach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_reason->setObjectName(QStringLiteral("composerLockReason"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    QPalette pal = m_reason->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::danger(QGuiApplication::palette()));
    m_reason->setPalette(pal);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_template);
    buttons->addWidget(m_attach);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addWidget(m_chip);
    layout->addLayout(row);

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_template, &QPushButton::clicked, this, [this] { Q_EMIT templateRequested(m_conversationId); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateSendButton);
    connect(m_attach, &QPushButton::clicked, this, &Composer::chooseFile);
    connect(m_chip, &AttachmentChip::removed, this, &Composer::updateSendButton);
    applyMode(Mode::NoConversation);
}

void Composer::setClock(const Clock* clock)
{
    m_clock = clock;
    refresh();
}

void Composer::setConversation(qint64 conversationId, const QDateTime& windowExpiresAt, bool optedOut)
{
    if (conversationId != m_conversationId) {
        m_edit->clear();
        m_chip->setFile({});
    }
    m_conversationId = conversationId;
    m_windowExpiresAt = windowExpiresAt;
    m_optedOut = optedOut;
    refresh();
}

void Composer::clearConversation()
{
    m_conversationId = 0;
    m_edit->clear();
    m_chip->setFile({});
    refresh();
}

void Composer::setCannedReplies(const QMap<QString, QString>& replies)
{
    m_canned = replies;
}

QString Composer::lockReason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

void Composer::refresh()
{
    Mode mode = Mode::FreeText;
    if (m_conversationId == 0)
        mode = Mode::NoConversation;
    else if (m_optedOut)
        mode = Mode::Blocked;
    // Open iff now < expiry: at exactly 24 h the window is closed (CustomerWindow).
    else if (!m_windowExpiresAt.isValid() || !m_clock || m_clock->now() >= m_windowExpiresAt)
        mode = Mode::TemplateOnly;
    if (mode != m_mode)
        applyMode(mode);
}

void Composer::applyMode(Mode mode)
{
    m_mode = mode;
    const bool free = mode == Mode::FreeText;
    m_edit->setEnabled(free);
    m_edit->setReadOnly(!free);
    m_attach->setEnabled(free);
    // A locked composer sends nothing, the chosen file included.
    if (!free)
        m_chip->setFile({});
    updateSendButton();
    m_template->setEnabled(mode == Mode::FreeText || mode == Mode::TemplateOnly);
    QString reason;
    switch (mode) {
    case Mode::NoConversation:
        m_edit->setPlaceholderText(tr("Select a conversation"));
        break;
    case Mode::FreeText:
        m_edit->setPlaceholderText(tr("Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for "
                                      "a quick reply"));
        break;
    case Mode::TemplateOnly:
        m_edit->setPlaceholderText(QString());
        reason = tr("Free text is locked: the 24-hour window is closed. Send an approved template instead.");
        break;
    case Mode::Blocked:
        m_edit->setPlaceholderText(QString());
        reason = tr("This contact opted out and is not contactable. Nothing can be sent to them until they "
                    "opt in again themselves.");
        break;
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_edit->setToolTip(reason);
    m_template->setToolTip(mode == Mode::Blocked ? reason : tr("Choose an approved template (Ctrl+T)"));
    m_attach->setToolTip(free ? tr("Attach an image, document, audio or video (Ctrl+Shift+A)") : reason);
    Q_EMIT modeChanged(mode);
}

bool Composer::expandCannedReply()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (!text.startsWith(QLatin1Char('/')) || text.contains(QLatin1Char(' ')))
        return false;
    const auto it = m_canned.constFind(text.mid(1));
    if (it == m_canned.constEnd())
        return false;
    m_edit->setPlainText(it.value());
    m_edit->moveCursor(QTextCursor::End);
    return true;
}

void Composer::submit()
{
    // Re-check at the moment of sending: the window may have closed a second ago.
    refresh();
    if (m_mode != Mode::FreeText)
        return;
    if (expandCannedReply())
        return;
    const QString text = m_edit->toPlainText().trimmed();
    const QString file = m_chip->file();
    if (!file.isEmpty()) {
        m_chip->setFile({});
        Q_EMIT sendMediaRequested(m_conversationId, file, text);
        m_edit->clear();
        return;
    }
    if (text.isEmpty())
        return;
    Q_EMIT sendRequested(m_conversationId, text);
    m_edit->clear();
}

QString Composer::attachment() const
{
    return m_chip->file();
}

bool Composer::attach(const QString& path)
{
    refresh();
    if (m_mode != Mode::FreeText || !QFileInfo(path).isFile())
        return false;
    m_chip->setFile(path);
    updateSendButton();
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

void Composer::chooseFile()
{
    refresh();
    if (m_mode != Mode::FreeText || !m_pickFile)
        return;
    const QString path = m_pickFile(this);
    if (!path.isEmpty())
        attach(path);
}

void Composer::updateSendButton()
{
    const bool content = !m_edit->toPlainText().trimmed().isEmpty() || !m_chip->file().isEmpty();
    m_send->setEnabled(m_mode == Mode::FreeText && content);
}

} // namespace Atendo
