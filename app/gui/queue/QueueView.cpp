#include "gui/queue/QueueView.h"

#include "engine/Engine.h"
#include "gui/common/Format.h"
#include "gui/queue/BookDialog.h"
#include "gui/queue/QueueModel.h"
#include "gui/queue/QueuePrint.h"
#include "leads/BookingCalendar.h"
#include "leads/QueueExport.h"
#include "session/EngineClient.h"
#include "store/Database.h"
#include "store/OwnConnection.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::gui {

QueueView::QueueView(EngineClient &engine, Database &readDb, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_readDb(readDb)
    , m_queries(readDb)
    , m_actor(std::move(actor))
{
    m_model = new QueueModel(m_queries, m_engine.clock(), this);
    m_model->setHomeRegion(m_engine.config().homeRegion);
    buildUi();

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Mark all done"), question) == QMessageBox::Yes;
    };
    m_bookingPrompt = [](BookDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    m_snoozePrompt = [](SnoozeDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    m_savePath = [this](const QString &caption, const QString &name, const QString &filter) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, caption, dir + QLatin1Char('/') + name, filter);
    };

    // Counts cost a query each: one refresh per burst of changes.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &QueueView::updateCounts);
    connect(
        &m_engine, &EngineClient::conversationChanged, m_model, &QueueModel::conversationChanged);
    connect(&m_engine, &EngineClient::conversationChanged, m_countsTimer, [this] {
        m_countsTimer->start();
    });
    // Waiting times grow and snoozes end: re-read every minute.
    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, &QueueView::refresh);
    m_minuteTimer->start();
    updateCounts();
    updateActions();
}

QueueView::~QueueView() = default;

QPushButton *
QueueView::addButton(const QString &text, const QString &name, const QString &accessible)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    return button;
}

void QueueView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("queueHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_noNextStepLabel = new QLabel(this);
    m_noNextStepLabel->setObjectName(QStringLiteral("noNextStep"));
    m_noNextStepLabel->setTextFormat(Qt::PlainText);
    m_noNextStepLabel->setToolTip(
        tr("Leads (a missed call or a reply) that are not waiting in the queue and have no "
           "outcome yet: not booked, not lost, not spam."));
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_noNextStepLabel);
    layout->addLayout(top);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("queueError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    updateErrorPalette();
    layout->addWidget(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueTable"));
    m_view->setAccessibleName(tr("Call-back queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::MessageColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openConversation(index.data(QueueModel::ConversationIdRole).toLongLong());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueView::updateActions);

    auto *outcomes = new QHBoxLayout;
    auto *reached = addButton(tr("Called back – &reached"),
                              QStringLiteral("reachedButton"),
                              tr("Called back, reached the caller"));
    connect(reached, &QPushButton::clicked, this, [this] { calledBack(CallbackOutcome::Reached); });
    auto *noAnswer
        = addButton(tr("&No answer"), QStringLiteral("noAnswerButton"), tr("Called, no answer"));
    connect(
        noAnswer, &QPushButton::clicked, this, [this] { calledBack(CallbackOutcome::NoAnswer); });
    auto *voicemail = addButton(
        tr("Left &voicemail"), QStringLiteral("voicemailButton"), tr("Called, left a voicemail"));
    connect(
        voicemail, &QPushButton::clicked, this, [this] { calledBack(CallbackOutcome::Voicemail); });
    auto *booked = addButton(tr("&Booked…"), QStringLiteral("bookButton"), tr("Book a job"));
    connect(booked, &QPushButton::clicked, this, &QueueView::book);
    auto *lost = addButton(tr("No&t a lead"), QStringLiteral("notALeadButton"), tr("Not a lead"));
    connect(lost, &QPushButton::clicked, this, &QueueView::notALead);
    auto *spam = addButton(tr("S&pam"), QStringLiteral("spamButton"), tr("Mark as spam"));
    connect(spam, &QPushButton::clicked, this, &QueueView::markSpam);
    m_snooze = new QToolButton(this);
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setText(tr("Sn&ooze until…"));
    m_snooze->setAccessibleName(tr("Snooze until"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_snooze);
    menu->addAction(tr("Tomorrow at 8 AM"), this, &QueueView::snoozeTomorrowMorning);
    menu->addAction(tr("Next Monday at 8 AM"), this, &QueueView::snoozeNextMonday);
    menu->addAction(tr("Pick a date and time…"), this, &QueueView::snoozePick);
    m_snooze->setMenu(menu);
    m_rowActions = {reached, noAnswer, voicemail, booked, lost, spam, m_snooze};
    for (QWidget *w : std::as_const(m_rowActions))
        outcomes->addWidget(w);
    outcomes->addStretch();
    layout->addLayout(outcomes);

    auto *queueActions = new QHBoxLayout;
    m_markAll = addButton(
        tr("&Mark all done…"), QStringLiteral("markAllButton"), tr("Mark every caller as done"));
    connect(m_markAll, &QPushButton::clicked, this, &QueueView::markAllDone);
    auto *printButton
        = addButton(tr("Pr&int…"), QStringLiteral("printButton"), tr("Print the queue"));
    connect(printButton, &QPushButton::clicked, this, &QueueView::print);
    m_export = addButton(
        tr("E&xport CSV…"), QStringLiteral("exportButton"), tr("Export the queue as CSV"));
    connect(m_export, &QPushButton::clicked, this, &QueueView::exportCsv);
    queueActions->addWidget(m_markAll);
    queueActions->addStretch();
    queueActions->addWidget(printButton);
    queueActions->addWidget(m_export);
    layout->addLayout(queueActions);
}

void QueueView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorPalette();
}

void QueueView::updateErrorPalette()
{
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_error->setPalette(pal);
}

void QueueView::setHomeRegion(const QString &region)
{
    m_model->setHomeRegion(region);
}

void QueueView::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void QueueView::setBookingPrompt(std::function<bool(BookDialog &)> prompt)
{
    m_bookingPrompt = std::move(prompt);
}

void QueueView::setSnoozePrompt(std::function<bool(SnoozeDialog &)> prompt)
{
    m_snoozePrompt = std::move(prompt);
}

void QueueView::setSavePathPrompt(
    std::function<QString(const QString &, const QString &, const QString &)> prompt)
{
    m_savePath = std::move(prompt);
}

qint64 QueueView::selectedConversationId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(QueueModel::ConversationIdRole).toLongLong();
}

bool QueueView::selectConversation(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void QueueView::refresh()
{
    const qint64 selected = selectedConversationId();
    m_model->reload();
    if (selected)
        selectConversation(selected);
    updateCounts();
}

void QueueView::updateCounts()
{
    const qint64 now = m_engine.clock().nowMs();
    const int waiting = m_queries.callbackQueueCount(now);
    m_noNextStep = m_queries.noNextStepCount(now);
    m_heading->setText(tr("Call-back queue: %n waiting", nullptr, waiting));
    m_noNextStepLabel->setText(tr("Leads with no next step: %1").arg(m_noNextStep));
    emit countsChanged();
}

void QueueView::updateActions()
{
    const bool selected = selectedConversationId() != 0;
    for (QWidget *w : std::as_const(m_rowActions))
        w->setEnabled(selected);
    m_markAll->setEnabled(m_model->rowCount() > 0);
}

void QueueView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void QueueView::act(std::function<Status(Engine &, qint64)> action,
                    std::function<Status(qint64)> afterwards)
{
    const qint64 id = selectedConversationId();
    if (!id)
        return;
    const int row = m_model->rowOf(id);
    m_engine.call(
        this,
        [id, action = std::move(action)](Engine &engine) { return action(engine, id); },
        [this, id, row, afterwards = std::move(afterwards)](const Status &done) {
            Status ok = done;
            if (ok && afterwards)
                ok = afterwards(id);
            showError(ok ? QString() : ok.errorMessage());
            // Working down the queue: the next caller takes the selection
            // (the engine's change reached the model before this answer).
            // Unless the office picked another caller meanwhile.
            const qint64 selected = selectedConversationId();
            if ((selected == 0 || selected == id) && m_model->rowOf(id) < 0
                && m_model->rowCount() > 0)
                m_view->selectRow(std::min(row, m_model->rowCount() - 1));
            updateActions();
        });
}

void QueueView::calledBack(CallbackOutcome outcome)
{
    act([outcome, actor = m_actor](Engine &engine, qint64 id) {
        return engine.calledBack(id, outcome, actor);
    });
}

void QueueView::book()
{
    const qint64 id = selectedConversationId();
    if (!id)
        return;
    const QString caller = m_model->callerAt(m_model->rowOf(id));
    const QDateTime start = localMorning(1).addSecs(3600); // tomorrow 9 AM
    BookDialog dialog(caller, start, this);
    if (!m_bookingPrompt(dialog))
        return;
    const QDateTime when = dialog.when();
    const QString note = dialog.note();
    const bool calendarFile = dialog.saveCalendarFile();
    act(
        [when, note, actor = m_actor](Engine &engine, qint64 conversationId) {
            return engine.booked(conversationId, when, actor, note);
        },
        [this, calendarFile, caller, when, note](qint64 conversationId) -> Status {
            if (!calendarFile)
                return {};
            const auto conversation = m_queries.conversation(conversationId);
            if (!conversation)
                return {};
            const QString path = m_savePath(tr("Save the booking to a calendar file"),
                                            tr("booking.ics"),
                                            tr("Calendar files (*.ics)"));
            if (path.isEmpty())
                return {};
            const auto booking
                = BookingCalendar::fromConversation(*conversation, caller, when, note);
            return BookingCalendar::writeIcs(booking, m_engine.clock().now(), path);
        });
}

void QueueView::notALead()
{
    act([actor = m_actor](Engine &engine, qint64 id) { return engine.notALead(id, actor); });
}

void QueueView::markSpam()
{
    act([actor = m_actor](Engine &engine, qint64 id) {
        return engine.setLeadState(id, LeadState::Spam, actor);
    });
}

QDateTime QueueView::localMorning(int daysAhead) const
{
    const QDate today = m_engine.clock().now().toLocalTime().date();
    return QDateTime(today.addDays(daysAhead), QTime(8, 0)).toUTC();
}

void QueueView::snoozeUntil(const QDateTime &until)
{
    act([until, actor = m_actor](Engine &engine, qint64 id) {
        return engine.snooze(id, until, actor);
    });
}

void QueueView::snoozeTomorrowMorning()
{
    snoozeUntil(localMorning(1));
}

void QueueView::snoozeNextMonday()
{
    const int dayOfWeek = m_engine.clock().now().toLocalTime().date().dayOfWeek();
    snoozeUntil(localMorning(8 - dayOfWeek)); // Monday is 1: a week on a Monday
}

void QueueView::snoozePick()
{
    if (!selectedConversationId())
        return;
    SnoozeDialog dialog(m_engine.clock().now(), this);
    if (m_snoozePrompt(dialog))
        snoozeUntil(dialog.until());
}

void QueueView::markAllDone()
{
    m_model->fetchAll();
    const std::vector<qint64> ids = m_model->loadedIds();
    if (ids.empty())
        return;
    if (!m_confirm(
            tr("Mark all %n caller(s) in the queue as called back?", nullptr, int(ids.size()))))
        return;
    m_engine.call(
        this,
        [ids, actor = m_actor](Engine &engine) { return engine.markAllDone(ids, actor); },
        [this](const Result<int> &done) { showError(done ? QString() : done.errorMessage()); });
}

QString QueueView::printableHtml()
{
    m_model->fetchAll();
    const QLocale locale;
    return queueHtml(
        *m_model,
        tr("Call-back queue, %1")
            .arg(locale.toString(m_engine.clock().now().toLocalTime(), QLocale::ShortFormat)));
}

void QueueView::print()
{
    printHtml(this, printableHtml());
}

void QueueView::exportCsv()
{
    const QString path = m_savePath(
        tr("Export the call-back queue"), tr("callback-queue.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Written on a thread of its own with its own connection (a slow disk
    // does not hold up the window); the button waits until it is done.
    m_export->setEnabled(false);
    runWithOwnConnection(
        m_readDb.filePath(),
        [path, now = m_engine.clock().nowMs()](Database &db) {
            return QueueExport::writeCsv(db, path, now);
        },
        this,
        [this](const Status &ok) {
            m_export->setEnabled(true);
            showError(ok ? QString() : ok.errorMessage());
            emit exported();
        });
}

} // namespace ringback::gui
