#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ringback {
class Engine;
}

namespace ringback::gui {

// The box under a thread where the office types a text. Ctrl+Enter (or
// Ctrl+Return) or the Send button queues it through the engine. A refusal
// (opted out, empty, too long) is shown in a visible line under the box and
// the typed text is kept; on success the box is cleared. Unsent drafts are
// kept per conversation.
class ReplyBox final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBox(Engine &engine, QWidget *parent = nullptr);
    ~ReplyBox() override;
    Q_DISABLE_COPY_MOVE(ReplyBox)

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QString errorText() const;
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
    // A text was queued for this conversation.
    void sent(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message);
    void clearError();
    void updateErrorPalette();
    void updateEnabled();

    Engine &m_engine;
    qint64 m_conversationId = 0;
    QHash<qint64, QString> m_drafts;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_error = nullptr;
    std::function<bool(const QString &)> m_confirmQuietHours;
};

} // namespace ringback::gui
