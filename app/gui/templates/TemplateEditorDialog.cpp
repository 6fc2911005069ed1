#include "gui/templates/TemplateEditorDialog.h"

#include "gui/common/Format.h"
#include "gui/templates/TemplateCheck.h"
#include "gui/templates/TemplateHighlighter.h"
#include "gui/templates/TemplatePreview.h"
#include "templates/TemplateOverrides.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace ringback::gui {

TemplateEditorDialog::TemplateEditorDialog(const QString &settingsPath, QWidget *parent)
    : QDialog(parent)
    , m_settingsPath(settingsPath)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Templates"));
    setAccessibleName(tr("Templates"));
    loadEntries();
    buildUi();
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
}

TemplateEditorDialog::~TemplateEditorDialog()
{
    // The drafts are children of the dialog: detach them before they go.
    m_highlighter->setDocument(nullptr);
}

QStringList TemplateEditorDialog::templateIds() const
{
    QStringList ids;
    for (const Entry &e : m_entries)
        ids << e.id;
    return ids;
}

QString TemplateEditorDialog::currentTemplateId() const
{
    return m_current >= 0 ? m_entries.at(m_current).id : QString();
}

void TemplateEditorDialog::setCurrentTemplate(const QString &id)
{
    const int row = int(templateIds().indexOf(id));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

QString TemplateEditorDialog::draftText(const QString &id) const
{
    const Entry *e = entry(id);
    return e ? draft(*e) : QString();
}

bool TemplateEditorDialog::hasUnsavedChanges() const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [this](const Entry &e) {
        return draft(e) != e.savedText;
    });
}

TemplateEditorDialog::Entry *TemplateEditorDialog::current()
{
    return m_current >= 0 ? &m_entries[m_current] : nullptr;
}

const TemplateEditorDialog::Entry *TemplateEditorDialog::entry(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QString TemplateEditorDialog::draft(const Entry &entry) const
{
    return entry.document ? entry.document->toPlainText() : entry.savedText;
}

QTextDocument *TemplateEditorDialog::documentFor(Entry &entry)
{
    if (!entry.document) {
        // One document per template: its draft and undo history survive
        // switching to another template.
        entry.document = new QTextDocument(this);
        entry.document->setDocumentLayout(new QPlainTextDocumentLayout(entry.document));
        entry.document->setDefaultFont(m_edit->font());
        entry.document->setPlainText(entry.savedText);
    }
    return entry.document;
}

void TemplateEditorDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_current = row;
    Entry &e = m_entries[row];
    QTextDocument *document = documentFor(e);
    m_title->setText(e.name);
    m_usage->setText(e.usage);
    m_edit->setAccessibleName(tr("Template text: %1").arg(e.name));
    m_highlighter->setDocument(document);
    m_edit->setDocument(document);
    m_edit->moveCursor(QTextCursor::End);
    m_checkedDocument = nullptr; // show this template's check
    onTextChanged();
}

void TemplateEditorDialog::onTextChanged()
{
    Entry *e = current();
    if (!e || m_edit->document() != e->document)
        return;
    const QString text = draft(*e);
    // Underlining changes the document's formats, which signals a change
    // again; only a new text needs checking.
    if (m_checking || (m_checkedDocument == e->document && m_checkedText == text))
        return;
    const QScopedValueRollback<bool> checking(m_checking, true);
    m_checkedDocument = e->document;
    m_checkedText = text;
    const TemplateCheck check = checkTemplate(text, m_values);
    e->blocked = check.blocking;
    m_preview->showCheck(check);
    m_highlighter->setProblems(check.problems);

    const bool isDefault = !e->defaultText.isNull() && text == e->defaultText;
    m_restore->setEnabled(!e->defaultText.isNull() && !isDefault);
    m_restore->setToolTip(
        e->defaultText.isNull()
            ? tr("This template has no shipped default.")
            : plainToolTip(tr("Replace the text with the shipped one:\n%1").arg(e->defaultText)));
    m_defaultText->setText(tr("Default: %1").arg(e->defaultText));
    m_defaultText->setVisible(!e->defaultText.isNull() && !isDefault);
    updateListItem(m_current);
    updateButtons();
}

void TemplateEditorDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const Entry &e = m_entries.at(row);
    const QString text = draft(e);
    QStringList marks;
    if (e.savedText != e.defaultText)
        //: A template whose saved text differs from the shipped one.
        marks << tr("customized");
    if (text != e.savedText)
        marks << tr("unsaved changes");
    if (e.blocked && text != e.savedText)
        marks << tr("errors");
    QString label = e.name;
    if (!marks.isEmpty()) {
        //: Template name, then marks such as "customized, unsaved changes".
        label = tr("%1 (%2)").arg(e.name, marks.join(QStringLiteral(", ")));
    }
    item->setText(label);
    item->setData(Qt::AccessibleTextRole, label);
    item->setToolTip(plainToolTip(e.usage));
    QFont font = m_list->font();
    font.setItalic(text != e.savedText);
    item->setFont(font);
}

void TemplateEditorDialog::updateButtons()
{
    const Entry *blocked = nullptr;
    for (const Entry &e : m_entries) {
        if (e.blocked && draft(e) != e.savedText && (!blocked || &e == current()))
            blocked = &e;
    }
    QString reason;
    if (blocked && blocked == current())
        reason = tr("Can't save: fix the errors listed under Problems.");
    else if (blocked)
        reason = tr("Can't save: “%1” has errors. Fix them or restore its default.")
                     .arg(blocked->name);
    else
        reason = m_writeError;
    m_save->setEnabled(hasUnsavedChanges() && !blocked);
    m_save->setToolTip(reason.isEmpty() ? tr("Save the changed templates") : reason);
    m_save->setAccessibleDescription(reason);
    m_saveProblem->setText(reason);
    m_saveProblem->setVisible(!reason.isEmpty());
}

void TemplateEditorDialog::updatePalette()
{
    // The dialog's own palette: its children only get the change after it.
    m_highlighter->setPalette(palette());
    QPalette pal = m_saveProblem->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_saveProblem->setPalette(pal);
}

void TemplateEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        updatePalette();
    QDialog::changeEvent(event);
}

void TemplateEditorDialog::insertVariable(const QString &name)
{
    m_edit->insertPlainText(QLatin1Char('{') + name + QLatin1Char('}'));
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TemplateEditorDialog::restoreDefault()
{
    Entry *e = current();
    if (!e || e->defaultText.isNull())
        return;
    // An edit like any other: Ctrl+Z brings the custom text back.
    QTextCursor cursor(e->document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(e->defaultText);
    cursor.endEditBlock();
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool TemplateEditorDialog::save()
{
    updateButtons();
    if (!m_save->isEnabled())
        return !hasUnsavedChanges();
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    for (const Entry &e : std::as_const(m_entries)) {
        const QString text = draft(e);
        if (text != e.savedText)
            setTemplateOverride(settings, e.id, text);
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_writeError = tr("Could not save to %1. Check that the file can be written.")
                           .arg(QDir::toNativeSeparators(m_settingsPath));
        updateButtons();
        return false;
    }
    m_writeError.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        m_entries[row].savedText = draft(m_entries.at(row));
        updateListItem(row);
    }
    updateButtons();
    emit saved();
    return true;
}

QMessageBox::StandardButton TemplateEditorDialog::askUnsaved()
{
    QStringList names;
    for (const Entry &e : std::as_const(m_entries)) {
        if (draft(e) != e.savedText)
            names << e.name;
    }
    QMessageBox box(QMessageBox::Question,
                    tr("Unsaved templates"),
                    tr("Save the changes to your templates before closing?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Changed: %1").arg(names.join(QStringLiteral(", "))));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void TemplateEditorDialog::done(int result)
{
    if (hasUnsavedChanges()) {
        const QMessageBox::StandardButton answer = m_askUnsaved ? m_askUnsaved() : askUnsaved();
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
        } else if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::done(result);
}

} // namespace ringback::gui
