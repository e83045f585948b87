#include "console/mainwindow.h"

#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "client/supervision.h"
#include "console/composer.h"
#include "console/composeredit.h"
#include "console/connectionstatus.h"
#include "console/consoletext.h"
#include "console/contactpanel.h"
#include "console/conversationpane.h"
#include "console/conversationview.h"
#include "console/inboxview.h"
#include "console/leadmode.h"
#include "console/newconversationflow.h"
#include "console/notifier.h"
#include "console/sessionclock.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"
#include "console/windowbanner.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Atendo {

MainWindow::MainWindow(AgentSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_clock(std::make_unique<SessionClock>(session))
    , m_inbox(new InboxModel(session, this))
    , m_filter(new InboxFilterModel(this))
    , m_conversation(new ConversationModel(session, this))
    , m_ticker(new Ticker(this))
    , m_notifier(new Notifier(this))
    , m_status(new ConnectionStatus(session, this))
    , m_supervision(new Supervision(session, this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 6);
    m_ui->splitter->setStretchFactor(2, 3);
    m_ui->splitter->setSizes({340, 640, 300});
    statusBar()->addPermanentWidget(m_status);

    m_filter->setSourceModel(m_inbox);
    m_filter->setNowProvider([this] { return m_clock->now(); });
    inboxView()->setModel(m_filter);
    inboxView()->setClock(m_clock.get());
    conversationPane()->setClock(m_clock.get());
    conversationPane()->setSession(m_session);
    conversationPane()->view()->setModel(m_conversation);

    inboxView()->setClosingSoonThreshold(WindowCountdown::DefaultClosingSoon);
    conversationPane()->composer()->setCannedReplies(cannedReplies());

    setupActions();
    setupNewConversation();
    setupLanguageMenu();
    connectSession();
    connectWidgets();
    connect(m_ticker, &Ticker::ticked, inboxView(), &InboxView::tick);
    connect(m_ticker, &Ticker::ticked, conversationPane(), &ConversationPane::refresh);
    connect(m_ticker, &Ticker::ticked, m_status, &ConnectionStatus::refresh);
    m_ticker->start();
    updateActionStates();
}

MainWindow::~MainWindow() = default;

InboxView* MainWindow::inboxView() const
{
    return m_ui->inboxView;
}

ConversationPane* MainWindow::conversationPane() const
{
    return m_ui->conversationPane;
}

ContactPanel* MainWindow::contactPanel() const
{
    return m_ui->contactPanel;
}

void MainWindow::setRateCard(const std::optional<RateCard>& rateCard)
{
    m_rateCard = rateCard;
}

std::optional<RateCard> MainWindow::rateCard() const
{
    return m_session->serverRateCard() ? m_session->serverRateCard() : m_rateCard;
}

void MainWindow::setupNewConversation()
{
    m_newConversation = new NewConversationFlow(m_session, this, [this] { return rateCard(); });
    m_ui->menuConversation->insertAction(m_ui->actionSearch, m_newConversation->action());
    m_ui->menuConversation->insertSeparator(m_ui->actionSearch);
    connect(m_newConversation, &NewConversationFlow::conversationReady, this, [this](qint64 id) {
        if (inboxView()->selectConversation(id))
            return;
        showConversation(id);
        // The inbox lists it once the session publishes its batch: select it then.
        auto* once = new QObject(this);
        connect(m_filter, &QAbstractItemModel::rowsInserted, once, [this, id, once] {
            if (inboxView()->selectConversation(id))
                once->deleteLater();
        });
    });
    // A card from the server replaces the console's own in what is already shown.
    connect(m_session, &AgentSession::rateCardChanged, this, [this] {
        if (m_currentId)
            conversationPane()->banner()->setBillingHint(
                billingHint(conversationPane()->conversation().contact));
        if (m_picker)
            m_picker->setRateCard(rateCard());
    });
}

void MainWindow::setupActions()
{
    connect(m_ui->actionSearch, &QAction::triggered, inboxView(), &InboxView::focusSearch);
    connect(m_ui->actionPrevious, &QAction::triggered, inboxView(), &InboxView::selectPrevious);
    connect(m_ui->actionNext, &QAction::triggered, inboxView(), &InboxView::selectNext);
    connect(m_ui->actionTemplate, &QAction::triggered, this, &MainWindow::openTemplatePicker);
    connect(m_ui->actionFocusComposer, &QAction::triggered, this,
        [this] { conversationPane()->composer()->editor()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionClaim, &QAction::triggered, this, [this] {
        if (m_currentId)
            m_session->claim(m_currentId);
    });
    connect(m_ui->actionTransfer, &QAction::triggered, this, &MainWindow::transferCurrent);
    connect(m_ui->actionResolve, &QAction::triggered, this, [this] {
        if (m_currentId)
            m_session->resolve(m_currentId);
    });
    connect(m_ui->actionReopen, &QAction::triggered, this, [this] {
        if (m_currentId)
            m_session->reopen(m_currentId);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // Window-wide: they work while the composer or the list has focus.
    for (QAction* action : findChildren<QAction*>())
        action->setShortcutContext(Qt::WindowShortcut);

    QSettings settings;
    m_ui->actionNotifications->setChecked(settings.value(u"notifications/desktop"_s, true).toBool());
    m_ui->actionSound->setChecked(settings.value(u"notifications/sound"_s, true).toBool());
    m_notifier->setNotificationsEnabled(m_ui->actionNotifications->isChecked());
    m_notifier->setSoundEnabled(m_ui->actionSound->isChecked());
    connect(m_ui->actionNotifications, &QAction::toggled, this, [this](bool on) {
        m_notifier->setNotificationsEnabled(on);
        QSettings().setValue(u"notifications/desktop"_s, on);
    });
    connect(m_ui->actionSound, &QAction::toggled, this, [this](bool on) {
        m_notifier->setSoundEnabled(on);
        QSettings().setValue(u"notifications/sound"_s, on);
    });
    connect(m_notifier, &Notifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::setupLanguageMenu()
{
    auto* group = new QActionGroup(this);
    const QList<std::pair<QAction*, QString>> languages {{m_ui->actionLanguageSystem, QString()},
        {m_ui->actionLanguageEn, u"en"_s}, {m_ui->actionLanguagePtBr, u"pt_BR"_s},
        {m_ui->actionLanguageEs, u"es"_s}};
    const QString current = QSettings().value(u"ui/language"_s).toString();
    for (const auto& [action, code] : languages) {
        group->addAction(action);
        action->setChecked(code == current);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"ui/language"_s, code);
            statusBar()->showMessage(tr("The new language applies the next time Atendo starts."), 8000);
        });
    }
}

void MainWindow::connectSession()
{
    connect(m_session, &AgentSession::snapshotLoaded, this, &MainWindow::applySnapshot);
    // The login dialog usually ran before this window existed: take what is known now.
    applySnapshot();
    connect(m_session, &AgentSession::conversationChanged, this, &MainWindow::onConversationChanged);
    connect(m_session, &AgentSession::contactChanged, this, &MainWindow::onContactChanged);
    connect(m_session, &AgentSession::messageAdded, this, [this](const Protocol::MessageInfo& message) {
        if (const auto c = m_session->conversation(message.conversationId))
            m_notifier->messageArrived(message, *c);
        if (message.conversationId == m_currentId && message.direction == u"in"_s && isActiveWindow()
            && !m_supervision->isSilent())
            m_session->markRead(m_currentId);
    });
    connect(m_session, &AgentSession::requestFailed, this,
        [this](const QString&, Protocol::ErrorCode code, const QString&) {
            statusBar()->showMessage(ConsoleText::error(code), 10000);
        });
    connect(m_session, &AgentSession::stateChanged, this, &MainWindow::updateActionStates);
}

void MainWindow::applySnapshot()
{
    m_known.clear();
    for (const auto& c : m_session->conversations())
        m_known.insert(c.id);
    const auto me = m_session->agent();
    m_filter->setMyAgentId(me.id);
    m_notifier->setMyAgentId(me.id);
    conversationPane()->setMyAgentId(me.id);
    setWindowTitle(me.displayName.isEmpty() ? tr("Atendo") : tr("Atendo — %1").arg(me.displayName));
    if (!m_lead && (me.role == u"team_lead"_s || me.role == u"admin"_s))
        m_lead = new LeadMode(this, m_session, m_supervision);
    updateUnread();
    if (m_currentId)
        showConversation(m_currentId);
}

void MainWindow::connectWidgets()
{
    connect(inboxView(), &InboxView::currentConversationChanged, this, &MainWindow::showConversation);
    auto* pane = conversationPane();
    connect(pane->composer(), &Composer::sendRequested, this,
        [this](qint64 id, const QString& text) { m_session->sendText(id, text); });
    connect(pane->composer(), &Composer::templateRequested, this, &MainWindow::openTemplatePicker);
    connect(pane->composer(), &Composer::modeChanged, this, &MainWindow::updateActionStates);
    connect(pane->composer()->editor(), &ComposerEdit::textChanged, this, [this] {
        m_supervision->reportDraft(m_currentId, conversationPane()->composer()->editor()->toPlainText());
    });
    connect(pane, &ConversationPane::claimRequested, m_ui->actionClaim, &QAction::trigger);
    connect(pane, &ConversationPane::transferRequested, m_ui->actionTransfer, &QAction::trigger);
    connect(pane, &ConversationPane::resolveRequested, m_ui->actionResolve, &QAction::trigger);
    connect(pane, &ConversationPane::reopenRequested, m_ui->actionReopen, &QAction::trigger);
    connect(contactPanel(), &ContactPanel::optOutRequested, this,
        [this](qint64 contactId, const QString& evidence) { m_session->recordOptOut(contactId, evidence); });
}

void MainWindow::showConversation(qint64 conversationId)
{
    m_currentId = conversationId;
    const auto conversation = conversationId ? m_session->conversation(conversationId) : std::nullopt;
    if (!conversation) {
        m_currentId = 0;
        m_conversation->setConversation(0);
        conversationPane()->clear();
        contactPanel()->clear();
        m_supervision->viewConversation(0, false);
        updateActionStates();
        Q_EMIT currentConversationChanged(0);
        return;
    }
    if (m_conversation->conversationId() != conversationId)
        m_conversation->setConversation(conversationId);
    conversationPane()->setAssigneeName(agentName(conversation->assigneeId));
    conversationPane()->setConversation(*conversation);
    conversationPane()->banner()->setBillingHint(billingHint(conversation->contact));
    if (contactPanel()->contact().id != conversation->contact.id) {
        contactPanel()->setContact(conversation->contact);
        m_session->fetchContact(conversation->contact.id);
    }
    m_supervision->viewConversation(conversationId, conversation->assigneeId == m_session->agent().id);
    // A lead watching silently never marks read: no receipt, the agent's unread stays.
    if (conversation->unread > 0 && !m_supervision->isSilent())
        m_session->markRead(conversationId);
    updateActionStates();
    Q_EMIT currentConversationChanged(conversationId);
}

void MainWindow::onConversationChanged(const Protocol::ConversationInfo& conversation)
{
    const bool isNew = !m_known.contains(conversation.id);
    m_known.insert(conversation.id);
    m_notifier->conversationChanged(conversation, isNew);
    scheduleUnreadUpdate();
    if (conversation.id != m_currentId)
        return;
    conversationPane()->setAssigneeName(agentName(conversation.assigneeId));
    conversationPane()->setConversation(conversation);
    m_supervision->viewConversation(conversation.id, conversation.assigneeId == m_session->agent().id);
    // Lists carry no consent history: keep the one fetched, refetch when consent moved.
    Protocol::ContactInfo contact = conversation.contact;
    const Protocol::ContactInfo& shown = contactPanel()->contact();
    if (shown.id == contact.id && contact.consentHistory.isEmpty())
        contact.consentHistory = shown.consentHistory;
    if (shown.id == contact.id && shown.consentState != contact.consentState)
        m_session->fetchContact(contact.id);
    contactPanel()->setContact(contact);
    updateActionStates();
}

void MainWindow::onContactChanged(const Protocol::ContactInfo& contact)
{
    if (!m_currentId || contactPanel()->contact().id != contact.id)
        return;
    contactPanel()->setContact(contact);
    auto conversation = conversationPane()->conversation();
    conversation.contact = contact;
    conversation.contact.consentHistory.clear();
    conversationPane()->setConversation(conversation);
    if (m_picker)
        m_picker->setContact(contact);
    updateActionStates();
}

void MainWindow::openTemplatePicker()
{
    if (!m_currentId || m_picker)
        return;
    const auto conversation = conversationPane()->conversation();
    auto* picker = new TemplatePickerDialog(this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setTemplates(m_session->templates());
    picker->setContact(contactPanel()->contact().id == conversation.contact.id ? contactPanel()->contact()
                                                                               : conversation.contact);
    picker->setWindowOpen(
        conversation.windowExpiresAt.isValid() && m_clock->now() < conversation.windowExpiresAt);
    picker->setRateCard(rateCard());
    const qint64 id = m_currentId;
    connect(picker, &QDialog::accepted, this, [this, picker, id] {
        if (const auto tmpl = picker->currentTemplate())
            m_session->sendTemplate(id, *tmpl, picker->parameters());
    });
    // Back to where the agent was typing: keyboard first.
    connect(picker, &QDialog::finished, this, [this] {
        activateWindow();
        auto* editor = conversationPane()->composer()->editor();
        if (editor->isEnabled())
            editor->setFocus(Qt::OtherFocusReason);
        else
            inboxView()->listView()->setFocus(Qt::OtherFocusReason);
    });
    m_picker = picker;
    picker->open();
}

void MainWindow::transferCurrent()
{
    if (!m_currentId)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const auto& agent : m_session->agents()) {
        if (agent.id == m_session->agent().id)
            continue;
        const QString presence = agent.presence == u"online"_s ? tr("online")
            : agent.presence == u"away"_s                      ? tr("away")
                                                               : tr("offline");
        names << tr("%1 (%2, %3 open)").arg(agent.displayName, presence).arg(agent.openCount);
        ids << agent.id;
    }
    names << tr("Back to the queue");
    ids << 0;
    bool ok = false;
    const QString choice
        = QInputDialog::getItem(this, tr("Transfer conversation"), tr("Transfer to:"), names, 0, false, &ok);
    if (ok)
        m_session->transfer(m_currentId, ids.value(names.indexOf(choice)));
}

void MainWindow::scheduleUnreadUpdate()
{
    // A catch-up announces hundreds of conversations in one go: count them once
    // per event-loop turn, not once per conversation over every inbox row.
    if (std::exchange(m_unreadScheduled, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_unreadScheduled = false;
            updateUnread();
        },
        Qt::QueuedConnection);
}

void MainWindow::updateUnread()
{
    int unread = 0;
    for (int row = 0; row < m_inbox->rowCount(); ++row)
        unread += m_inbox->index(row, 0).data(InboxModel::UnreadRole).toInt();
    m_notifier->setUnreadCount(unread);
}

void MainWindow::updateActionStates()
{
    const auto& c = conversationPane()->conversation();
    const bool present = m_currentId != 0;
    const bool resolved = c.state == u"resolved"_s;
    const bool online = m_session->state() == AgentSession::State::Online;
    m_ui->actionClaim->setEnabled(present && online && !resolved && c.assigneeId != m_session->agent().id);
    m_ui->actionTransfer->setEnabled(present && online && !resolved);
    m_ui->actionResolve->setEnabled(present && online && !resolved);
    m_ui->actionReopen->setEnabled(present && online && resolved);
    m_ui->actionTemplate->setEnabled(
        present && conversationPane()->composer()->mode() != Composer::Mode::Blocked);
}

QString MainWindow::billingHint(const Protocol::ContactInfo& contact) const
{
    const std::optional<RateCard> card = rateCard();
    if (!card)
        return {};
    const auto price = [&](MessageCategory category) {
        const auto micros = card->priceMicrosForE164(contact.phone, category);
        return micros
            ? tr("%1 about %2")
                  .arg(ConsoleText::category(category), RateCard::formatMicros(*micros, card->currency()))
            : ConsoleText::category(category);
    };
    return tr("%1 or %2").arg(price(MessageCategory::Utility), price(MessageCategory::Marketing));
}

QMap<QString, QString> MainWindow::cannedReplies() const
{
    // A team's own quick replies live in the settings group [canned_replies]
    // (shortcut=text); without one, a few translated defaults.
    QSettings settings;
    settings.beginGroup(u"canned_replies"_s);
    QMap<QString, QString> replies;
    const QStringList keys = settings.childKeys();
    for (const QString& key : keys)
        replies.insert(key, settings.value(key).toString());
    if (!replies.isEmpty())
        return replies;
    return {
        {u"thanks"_s, tr("Thank you for contacting us! Is there anything else I can help you with?")},
        {u"wait"_s, tr("One moment, please: I am checking this for you.")},
        {u"bye"_s, tr("Have a great day!")},
    };
}

QString MainWindow::agentName(qint64 agentId) const
{
    if (agentId == 0)
        return {};
    const auto agent = m_session->agentById(agentId);
    return agent ? (agent->displayName.isEmpty() ? agent->username : agent->displayName) : QString();
}

} // namespace Atendo
