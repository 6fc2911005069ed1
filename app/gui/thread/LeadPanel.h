#pragma once

#include "leads/Leads.h"
#include "store/Queries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ringback {
class Database;
class EngineClient;
} // namespace ringback

namespace ringback::gui {

// The lead beside a conversation: the caller's name, the job's address,
// service and notes, and the lead state, with who handled it last and when,
// and the booked time. Text edits are saved with the Save button (or Return
// in a one-line field; switching to another conversation saves pending
// edits); choosing a state in the combo applies it at once, like a button.
// Errors show inline. Reads through `readDb`, writes through the engine.
class LeadPanel final : public QWidget
{
    Q_OBJECT

public:
    LeadPanel(EngineClient &engine, Database &readDb, QString actor, QWidget *parent = nullptr);
    ~LeadPanel() override;
    Q_DISABLE_COPY_MOVE(LeadPanel)

    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }
    // 0 clears the panel.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_id; }
    bool hasUnsavedEdits() const { return m_dirty; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *serviceEdit() const { return m_service; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *stateCombo() const { return m_state; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;
    QString handledText() const;

public slots:
    // Saves the text fields through the engine; saved() says when it is
    // done, a refusal shows its reason and keeps the typed text.
    void save();
    // Re-reads the lead; edits not saved yet stay in their fields.
    void reload();

signals:
    void saved(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyState(int comboIndex);
    void setDirty(bool dirty);
    void showError(const QString &message);
    void updateErrorPalette();
    void engineChanged(qint64 conversationId);

    LeadDetails typedDetails() const;

    EngineClient &m_engine;
    Queries m_queries;
    QString m_actor;
    qint64 m_id = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_service = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_handled = nullptr;
    QLabel *m_booked = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ringback::gui
