#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ringback::gui {

// The editor of one secret setting (an API token). A secret saved in the
// system keychain is never read back into the field: it shows as
// "•••• saved in the keychain" with Replace and Remove. A new value is typed
// in a password field with a Show/Hide toggle; the dialog writes it to the
// keychain when the settings are applied.
class SecretField final : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(const QString &label, QWidget *parent = nullptr);

    // Whether the keychain holds a value for this field.
    void setSaved(bool saved);
    bool isSaved() const { return m_saved; }
    // A keychain problem or note, shown under the field (empty hides it).
    void setNote(const QString &note);

    QString newValue() const; // typed, trimmed; empty if none
    bool removeRequested() const { return m_remove; }
    bool hasChange() const { return m_remove || !newValue().isEmpty(); }
    // After the keychain took the change.
    void committed();

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *removeButton() const { return m_removeButton; }
    QToolButton *showButton() const { return m_show; }

signals:
    void changed();

private:
    void update();

    QString m_label;
    QLabel *m_savedLabel;
    QPushButton *m_replace;
    QPushButton *m_removeButton;
    QLineEdit *m_edit;
    QToolButton *m_show;
    QLabel *m_note;
    bool m_saved = false;
    bool m_replacing = false;
    bool m_remove = false;
};

} // namespace ringback::gui
