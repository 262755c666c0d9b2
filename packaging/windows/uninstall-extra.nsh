  ; Ringback: stop starting at sign-in (the Run value the app wrote for this user).
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Ringback"
  ; The data only when the box on the first uninstaller page was ticked (1 = BST_CHECKED).
  ; $PROFILE is always this user's folder, whatever shell context the template chose.
  StrCmp $RingbackRemoveData "1" 0 ringback_keep_data
    RMDir /r "$PROFILE\AppData\Roaming\Ringback"
    RMDir /r "$PROFILE\AppData\Local\Ringback"
    DeleteRegKey HKCU "Software\Ringback"
  ringback_keep_data:
