; Ringback: an uninstaller page with one box, "Also remove my data", not ticked. An upgrade or a
; reinstall must find the office's calls, texts and settings where they were; a silent uninstall
; (/S) never shows the page and so keeps them too. Read by packaging/CMakeLists.txt into
; CPACK_NSIS_DEFINES, which the CPack template places before its own pages, so this page comes
; first in the uninstaller.
!include "nsDialogs.nsh"
Var RingbackRemoveDataBox
Var RingbackRemoveData
UninstPage custom un.RingbackDataPage un.RingbackDataPageLeave

Function un.RingbackDataPage
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 40u "Ringback keeps this computer's calls, texts and settings in your user folder. Keep them if you may install Ringback again: it will find everything where it was."
  Pop $0
  ${NSD_CreateCheckbox} 0 48u 100% 12u "Also &remove my data (calls, texts and settings; this cannot be undone)"
  Pop $RingbackRemoveDataBox
  nsDialogs::Show
FunctionEnd

Function un.RingbackDataPageLeave
  ${NSD_GetState} $RingbackRemoveDataBox $RingbackRemoveData
FunctionEnd
