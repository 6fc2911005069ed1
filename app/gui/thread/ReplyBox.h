#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ringback {
class EngineClient;
class Queries;
class Status;
} // namespace ringback

namespace ringback::gui {

// The box under a thread where the office types a text. Ctrl+Enter (or
// Ctrl+Return) or the Send button queues it through the engine. A refusal
// (opted out, empty, too long) is shown in a visible line under the box and
// the typed text is kept; on success the box is cleared. Unsent drafts are
// kept per conversation. Under the box a line counts the SMS segments as the
// text is typed ("GSM-7 · 1 segment · 97 characters left", the wording of the
// template editor), and "Insert Template" puts one of the office's templates,
// filled in for this caller, at the cursor.
class ReplyBox final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBox(EngineClient &engine, QWidget *parent = nullptr);
    ~ReplyBox() override;
    Q_DISABLE_COPY_MOVE(ReplyBox)

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QString errorText() const;
    QLabel *segmentLabel() const { return m_segments; }
    QToolButton *templateButton() const { return m_templates; }
    // Reads the shown caller's name ({first_name}) and line for templates;
    // without it {first_name} is left out. Not owned.
    void setQueries(Queries *queries) { m_queries = queries; }
    // The templates the menu lists, in its order: id and name for people.
    QList<QPair<QString, QString>> templateChoices() const;
    // Inserts the template `id`, filled in, at the cursor. False (and the
    // reason shown) when it cannot be filled in.
    bool insertTemplate(const QString &id);
    // Asked before a text in quiet hours in the caller's time zone, with the
    // engine's notice; true sends it anyway. The default asks with a
    // QMessageBox; tests set their own.
    void setQuietHoursConfirmation(std::function<bool(const QString &notice)> confirm)
    {
        m_confirmQuietHours = std::move(confirm);
    }

public slots:
    void send();

signals:
    // A text was queued for this conversation (after the engine took it:
    // sending is asynchronous, the box is busy until then).
    void sent(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message);
    void clearError();
    void updateErrorPalette();
    void updateEnabled();
    void updateSegments();
    void fillTemplateMenu();

    // Answers a send, on this thread.
    void finishSending(qint64 conversationId, const QString &body, const Status &status);

    EngineClient &m_engine;
    bool m_sending = false;
    qint64 m_conversationId = 0;
    QHash<qint64, QString> m_drafts;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_segments = nullptr;
    QToolButton *m_templates = nullptr;
    QMenu *m_templateMenu = nullptr;
    Queries *m_queries = nullptr;
    std::function<bool(const QString &)> m_confirmQuietHours;
};

} // namespace ringback::gui
