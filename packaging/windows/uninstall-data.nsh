; Included by CPack's NSIS uninstaller (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS,
; packaging/Packaging.cmake), before the program files are removed.
;
; Ringback's data (conversations, settings, provider data) is kept unless the
; user asks otherwise. A quiet uninstall (/S), which is also what an upgrade
; runs to remove the previous version, keeps everything, including the
; start-at-login entry.
  IfSilent ringback_data_done

  ; Start at login would point at a program that is gone.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Ringback"

  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
    "Also delete your Ringback data (conversations, contacts and settings)?$\n$\nChoose No to keep it for a later installation." \
    /SD IDNO IDNO ringback_data_done

  ; %APPDATA% and %LOCALAPPDATA% of the user running the uninstaller; read from
  ; the environment so that the shell context of the uninstaller stays as it is.
  ReadEnvStr $R0 APPDATA
  StrCmp $R0 "" +3
    RMDir /r "$R0\Ringback\Ringback"
    RMDir "$R0\Ringback"
  ReadEnvStr $R0 LOCALAPPDATA
  StrCmp $R0 "" +3
    RMDir /r "$R0\Ringback\Ringback"
    RMDir "$R0\Ringback"
  DeleteRegKey HKCU "Software\Ringback\Ringback"
  DeleteRegKey /ifempty HKCU "Software\Ringback"

ringback_data_done:
