#pragma once

#include "leads/Leads.h"
#include "store/Queries.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace ringback {
class Database;
class Engine;
class EngineClient;
} // namespace ringback

namespace ringback::gui {

class BookDialog;
class QueueModel;
class SnoozeDialog;

// The morning call-back queue (README, "The window" (Call-back queue)): who
// waits for a call, urgent first and then the longest wait, with one-click
// outcomes for the selected caller, "Mark all done", printing and CSV export,
// and the count of leads with no next step. Reads through `readDb`; changes
// go through the engine with `actor` as the person in the office.
class QueueView final : public QWidget
{
    Q_OBJECT

public:
    QueueView(EngineClient &engine, Database &readDb, QString actor, QWidget *parent = nullptr);
    ~QueueView() override;
    Q_DISABLE_COPY_MOVE(QueueView)

    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }
    void setHomeRegion(const QString &region);

    QueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 selectedConversationId() const;
    bool selectConversation(qint64 conversationId);
    int noNextStepCount() const { return m_noNextStep; }
    // The whole queue as a printable page (escaped plain text in a table).
    QString printableHtml();

    // Seams for tests; each defaults to the real dialog.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    void setBookingPrompt(std::function<bool(BookDialog &dialog)> prompt);
    void setSnoozePrompt(std::function<bool(SnoozeDialog &dialog)> prompt);
    void setSavePathPrompt(
        std::function<QString(const QString &caption, const QString &name, const QString &filter)>
            prompt);

signals:
    // Double-click or Enter on a caller: show their conversation.
    void openConversation(qint64 conversationId);
    // The counts were read again (noNextStepCount() may have changed).
    void countsChanged();
    // "Export CSV…" finished (written, or the reason shown).
    void exported();

public slots:
    // Re-reads the queue (a snooze may have ended) and the counts.
    void refresh();
    // The actions on the selected caller, as the buttons do them.
    void calledBack(CallbackOutcome outcome);
    void book();
    void notALead();
    void markSpam();
    void snoozeTomorrowMorning();
    void snoozeNextMonday();
    void snoozePick();
    void markAllDone();
    void print();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void updateErrorPalette();
    QPushButton *addButton(const QString &text, const QString &name, const QString &accessible);
    void updateCounts();
    void updateActions();
    void snoozeUntil(const QDateTime &until);
    // Runs an action on the selected caller; shows its error inline and keeps
    // the selection on the same row (the next caller) when the row left.
    // Runs action(engine, selected conversation) on the engine's thread; then,
    // after a success, afterwards(conversation) here; shows the outcome and
    // selects the next caller.
    void act(std::function<Status(Engine &, qint64 conversationId)> action,
             std::function<Status(qint64 conversationId)> afterwards = {});
    void showError(const QString &message);
    QDateTime localMorning(int daysAhead) const;

    EngineClient &m_engine;
    Database &m_readDb;
    Queries m_queries;
    QString m_actor;
    QueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_noNextStepLabel = nullptr;
    QLabel *m_error = nullptr;
    QList<QWidget *> m_rowActions;
    QPushButton *m_markAll = nullptr;
    QPushButton *m_export = nullptr;
    QToolButton *m_snooze = nullptr;
    QTimer *m_countsTimer = nullptr;
    QTimer *m_minuteTimer = nullptr;
    int m_noNextStep = 0;

    std::function<bool(const QString &)> m_confirm;
    std::function<bool(BookDialog &)> m_bookingPrompt;
    std::function<bool(SnoozeDialog &)> m_snoozePrompt;
    std::function<QString(const QString &, const QString &, const QString &)> m_savePath;
};

} // namespace ringback::gui
