#pragma once

#include "store/OptOutLedger.h"
#include "store/Queries.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ringback {
class EngineClient;
class Status;
} // namespace ringback

namespace ringback::gui {

// The strip above the reply box that says where the shown conversation
// stands on texting:
//  - probable opt-out: "Probable opt-out: “please stop texting me”" with
//    "Confirm opt-out" and "Not an opt-out", which go to the engine;
//  - opted out: "Opted out on 3 Nov 2026 (replied STOP)";
//  - otherwise hidden.
// It reads through the window's connection and changes things only through
// the engine.
class OptOutBar final : public QFrame
{
    Q_OBJECT

public:
    OptOutBar(EngineClient &engine, Database &readDb, QWidget *parent = nullptr);
    ~OptOutBar() override;
    Q_DISABLE_COPY_MOVE(OptOutBar)

    void setConversation(qint64 conversationId);
    // Reads the shown conversation again.
    void refresh();

    QString text() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    // The engine refused (shown in the status bar).
    void problem(const QString &message);

private:
    QString actor() const;
    void confirm();
    void dismissOptOut();

    void answered(const Status &ok);

    EngineClient &m_engine;
    Queries m_queries;
    OptOutLedger m_ledger;
    qint64 m_conversationId = 0;
    QLabel *m_text = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace ringback::gui
