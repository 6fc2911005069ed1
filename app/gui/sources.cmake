# The windows of Ringback (namespace ringback::gui), compiled into
# ringback_gui by app/CMakeLists.txt. Paths are relative to app/.
set(RINGBACK_GUI_SOURCES
    gui/BookDialog.cpp gui/BookDialog.h
    gui/ConversationDelegate.cpp gui/ConversationDelegate.h
    gui/ConversationListModel.cpp gui/ConversationListModel.h
    gui/dashboard/DashboardChart.cpp gui/dashboard/DashboardChart.h
    gui/dashboard/DashboardTable.cpp gui/dashboard/DashboardTable.h
    gui/dashboard/DashboardView.cpp gui/dashboard/DashboardView.h
    gui/dashboard/FigureTile.cpp gui/dashboard/FigureTile.h
    gui/Format.cpp gui/Format.h
    gui/LeadPanel.cpp gui/LeadPanel.h
    gui/MainWindow.cpp gui/MainWindow.h
    gui/MainWindowDialogs.cpp
    gui/MainWindowMenus.cpp
    gui/MainWindowPages.cpp
    gui/MainWindowSpam.cpp
    gui/MainWindowTray.cpp
    gui/MediaCache.cpp gui/MediaCache.h
    gui/NavigationPane.cpp gui/NavigationPane.h
    gui/NotificationBanner.cpp gui/NotificationBanner.h
    gui/NotificationPolicy.cpp gui/NotificationPolicy.h
    gui/OptOutBar.cpp gui/OptOutBar.h
    gui/PhotoViewer.cpp gui/PhotoViewer.h
    gui/QueueModel.cpp gui/QueueModel.h
    gui/QueuePrint.cpp gui/QueuePrint.h
    gui/QueueView.cpp gui/QueueView.h
    gui/ReplyBox.cpp gui/ReplyBox.h
    gui/SearchField.cpp gui/SearchField.h
    gui/settings/ConnectionTester.cpp gui/settings/ConnectionTester.h
    gui/settings/ProviderSignIn.cpp gui/settings/ProviderSignIn.h
    gui/settings/GeneralPage.cpp gui/settings/GeneralPage.h
    gui/settings/HoursPage.cpp gui/settings/HoursPage.h
    gui/settings/NumberImport.cpp gui/settings/NumberImport.h
    gui/settings/NumbersPage.cpp gui/settings/NumbersPage.h
    gui/settings/OfficePage.cpp gui/settings/OfficePage.h
    gui/settings/ProviderForm.cpp gui/settings/ProviderForm.h
    gui/settings/ProviderPage.cpp gui/settings/ProviderPage.h
    gui/settings/RulesPage.cpp gui/settings/RulesPage.h
    gui/settings/SecretField.cpp gui/settings/SecretField.h
    gui/settings/SettingsDialog.cpp gui/settings/SettingsDialog.h
    gui/settings/SettingsPage.cpp gui/settings/SettingsPage.h
    gui/settings/UrgencyPage.cpp gui/settings/UrgencyPage.h
    gui/TemplateCheck.cpp gui/TemplateCheck.h
    gui/TemplateEditorDialog.cpp gui/TemplateEditorDialog.h
    gui/TemplateEditorDialogUi.cpp
    gui/TemplateHighlighter.cpp gui/TemplateHighlighter.h
    gui/TemplatePreview.cpp gui/TemplatePreview.h
    gui/ThreadDelegate.cpp gui/ThreadDelegate.h
    gui/ThreadMedia.cpp gui/ThreadMedia.h
    gui/ThreadModel.cpp gui/ThreadModel.h
    gui/TrayNotifier.cpp gui/TrayNotifier.h
)
