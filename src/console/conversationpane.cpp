#include "console/conversationpane.h"

#include "client/agentsession.h"
#include "console/composer.h"
#include "console/conversationview.h"
#include "console/mediathumbnails.h"
#include "console/messagedelegate.h"
#include "console/windowbanner.h"
#include "core/phonenumber.h"
#include "protocol/ops.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atendo {

namespace {
QToolButton* actionButton(
    const QString& text, const QString& accessible, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessible);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

ConversationPane::ConversationPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_claim(actionButton(tr("Claim"), tr("Claim conversation"), QStringLiteral("claimButton"), this))
    , m_transfer(
          actionButton(tr("Transfer…"), tr("Transfer conversation"), QStringLiteral("transferButton"), this))
    , m_resolve(
          actionButton(tr("Resolve"), tr("Resolve conversation"), QStringLiteral("resolveButton"), this))
    , m_reopen(actionButton(tr("Reopen"), tr("Reopen conversation"), QStringLiteral("reopenButton"), this))
    , m_view(new ConversationView(this))
    , m_thumbnails(new MediaThumbnails(this))
    , m_banner(new WindowBanner(this))
    , m_composer(new Composer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_resolve->setToolTip(tr("Resolve (Ctrl+Enter)"));

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_claim);
    header->addWidget(m_transfer);
    header->addWidget(m_resolve);
    header->addWidget(m_reopen);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_composer);

    setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_claim, &QToolButton::clicked, this, [this] { Q_EMIT claimRequested(m_conversation.id); });
    connect(m_transfer, &QToolButton::clicked, this, [this] { Q_EMIT transferRequested(m_conversation.id); });
    connect(m_resolve, &QToolButton::clicked, this, [this] { Q_EMIT resolveRequested(m_conversation.id); });
    connect(m_reopen, &QToolButton::clicked, this, [this] { Q_EMIT reopenRequested(m_conversation.id); });
    connect(m_view, &ConversationView::mediaRequested, this, &ConversationPane::openMedia);
    m_view->messageDelegate()->setThumbnails(m_thumbnails);
    connect(
        m_thumbnails, &MediaThumbnails::thumbnailReady, m_view->viewport(), qOverload<>(&QWidget::update));
    clear();
}

void ConversationPane::setClock(const Clock* clock)
{
    m_banner->setClock(clock);
    m_composer->setClock(clock);
}

void ConversationPane::openMedia(qint64 messageId)
{
    if (!m_session)
        return;
    // The server hands out a signed link that works for a few minutes; the
    // system's viewer (browser, image viewer, player) opens it.
    m_session->request(Protocol::Op::MediaGet, {{QStringLiteral("message_id"), messageId}},
        [](const Protocol::Reply& reply) {
            if (reply.isOk())
                QDesktopServices::openUrl(QUrl(reply.ok.value(QStringLiteral("url")).toString()));
        });
}

void ConversationPane::setSession(AgentSession* session)
{
    if (m_session)
        disconnect(m_composer, &Composer::sendMediaRequested, m_session, nullptr);
    m_session = session;
    m_thumbnails->setSession(session);
    if (session)
        connect(m_composer, &Composer::sendMediaRequested, session, &AgentSession::sendMedia);
}

bool ConversationPane::acceptsDrop(const QMimeData* mime) const
{
    // One local file, and only while free text may be sent.
    return mime && mime->hasUrls() && mime->urls().size() == 1 && mime->urls().first().isLocalFile()
        && m_composer->mode() == Composer::Mode::FreeText;
}

void ConversationPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void ConversationPane::dropEvent(QDropEvent* event)
{
    if (acceptsDrop(event->mimeData()) && m_composer->attach(event->mimeData()->urls().first().toLocalFile()))
        event->acceptProposedAction();
}

bool ConversationPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (acceptsDrop(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            dropEvent(static_cast<QDropEvent*>(event));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationPane::setAssigneeName(const QString& name)
{
    m_assigneeName = name;
    updateActions();
}

void ConversationPane::setConversation(const Protocol::ConversationInfo& conversation)
{
    m_conversation = conversation;
    const auto& contact = conversation.contact;
    const QString phone = contact.phone.isEmpty() ? QString() : PhoneNumber::display(contact.phone);
    m_title->setText(contact.name.isEmpty() ? phone : contact.name);
    m_banner->setWindowExpiry(conversation.windowExpiresAt);
    m_banner->setBlocked(contact.isOptedOut());
    m_banner->setVisible(true);
    m_composer->setConversation(conversation.id, conversation.windowExpiresAt, contact.isOptedOut());
    updateActions();
}

void ConversationPane::setSupervisionBar(QWidget* bar)
{
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertWidget(1, bar);
}

void ConversationPane::clear()
{
    m_conversation = {};
    m_title->setText(tr("No conversation selected"));
    m_subtitle->clear();
    m_banner->setVisible(false);
    m_composer->clearConversation();
    updateActions();
}

void ConversationPane::refresh()
{
    if (m_conversation.id == 0)
        return;
    m_banner->refresh();
    m_composer->refresh();
}

void ConversationPane::updateActions()
{
    const bool present = m_conversation.id != 0;
    const bool resolved = m_conversation.state == QLatin1StringView("resolved");
    const bool mine = present && m_conversation.assigneeId == m_myAgentId && m_myAgentId != 0;
    m_claim->setVisible(present && !resolved && !mine);
    m_transfer->setVisible(present && !resolved);
    m_resolve->setVisible(present && !resolved);
    m_reopen->setVisible(present && resolved);
    if (!present)
        return;
    QString who;
    if (m_conversation.assigneeId == 0)
        who = tr("In the queue");
    else if (mine)
        who = tr("Assigned to you");
    else
        who = tr("Assigned to %1").arg(m_assigneeName.isEmpty() ? tr("another agent") : m_assigneeName);
    const QString phone = m_conversation.contact.phone.isEmpty()
        ? QString()
        : PhoneNumber::display(m_conversation.contact.phone) + QStringLiteral(" · ");
    m_subtitle->setText(phone + who + (resolved ? tr(" · resolved") : QString()));
}

} // namespace Atendo
