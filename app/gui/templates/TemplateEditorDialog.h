#pragma once

#include "templates/Template.h"

#include <QDialog>
#include <QList>
#include <QMessageBox>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;
class QToolButton;

namespace ringback::gui {

class TemplateHighlighter;
class TemplatePreview;

// Edits the automatic texts of a profile (Settings › Templates): every shipped
// template plus any other [templates] key of settings.ini, each marked when
// customized. The text is checked as it is typed (TemplateCheck): errors such
// as an unknown {variable} are underlined and block Save, lint warnings are
// listed and underlined, a preview with sample values and the SMS length are
// shown. Edits of every template are kept while switching between them, each
// with its own undo history, until saved.
//
// Save writes only the changed [templates] keys of the settings file (a text
// equal to the shipped default removes the override) and emits saved(); the
// other settings are left untouched. Closing with unsaved changes asks: Save,
// Discard or Cancel.
class TemplateEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditorDialog(const QString &settingsPath, QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;
    Q_DISABLE_COPY_MOVE(TemplateEditorDialog)

    // Ids in list order.
    QStringList templateIds() const;
    QString currentTemplateId() const;
    void setCurrentTemplate(const QString &id);
    // The text in the editor for `id`, saved or not.
    QString draftText(const QString &id) const;
    bool hasUnsavedChanges() const;
    // Values the preview and the length are computed with.
    TemplateValues previewValues() const { return m_values; }

    // Asked when closing with unsaved changes; returns Save, Discard or
    // Cancel. The default asks with a QMessageBox; tests set their own.
    void setUnsavedChangesQuestion(std::function<QMessageBox::StandardButton()> ask)
    {
        m_askUnsaved = std::move(ask);
    }

    QListWidget *templateList() const { return m_list; }
    QPlainTextEdit *editor() const { return m_edit; }
    QToolButton *insertVariableButton() const { return m_insert; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *saveProblemLabel() const { return m_saveProblem; }
    TemplatePreview *preview() const { return m_preview; }

public slots:
    // Writes every changed template; false (and says why under the buttons)
    // when one has an error or the file cannot be written.
    bool save();
    // Puts the shipped text of the current template in the editor (undoable);
    // saving then removes the override.
    void restoreDefault();
    // Inserts "{name}" at the cursor.
    void insertVariable(const QString &name);
    void done(int result) override;

signals:
    // The settings file now holds the new templates: reload the engine's config.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString id;
        QString name;
        QString defaultText; // null: no shipped default
        QString savedText;   // what the settings file holds (or the default)
        QString usage;       // when the rules send it
        QTextDocument *document = nullptr;
        bool blocked = false; // the draft has an error
    };

    void loadEntries();
    void buildUi();
    Entry *current();
    const Entry *entry(const QString &id) const;
    QString draft(const Entry &entry) const;
    QTextDocument *documentFor(Entry &entry);
    void showEntry(int row);
    void onTextChanged();
    void updateListItem(int row);
    void updateButtons();
    void updatePalette();
    QMessageBox::StandardButton askUnsaved();

    QString m_settingsPath;
    TemplateValues m_values;
    QList<Entry> m_entries;
    int m_current = -1;
    std::function<QMessageBox::StandardButton()> m_askUnsaved;
    QString m_writeError;
    bool m_checking = false;
    const QTextDocument *m_checkedDocument = nullptr;
    QString m_checkedText;

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_usage = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QToolButton *m_insert = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_defaultText = nullptr;
    TemplatePreview *m_preview = nullptr;
    TemplateHighlighter *m_highlighter = nullptr;
    QLabel *m_saveProblem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ringback::gui
