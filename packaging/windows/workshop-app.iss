; Inno Setup script: a per-user install of the onedir bundle (no admin rights), a Start menu entry,
; and the .workshop file type ("open with Workshop App", its own icon).
; Built by .github/workflows/installers.yml on a Windows runner, after PyInstaller:
;   iscc /DAppVersion=0.1.0 packaging\windows\workshop-app.iss
; Inputs: build\dist\workshop-app\ (PyInstaller) and build\icons\ (packaging/make_icons.py).
; Output: dist\workshop-app-VERSION-windows-x64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Workshop App"
#define AppExe "Workshop App.exe"
#define Root "..\.."

[Setup]
AppId={{6F1D3C52-8E0B-4C7A-9B1E-5A2D7C4E9F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Workshop App
; lowest: installs for the current user into %LOCALAPPDATA%\Programs, no UAC prompt; an administrator
; may still choose "all users" in the dialog that PrivilegesRequiredOverridesAllowed offers.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=workshop-app-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\workshop-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\dist\workshop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\icons\workshop-file.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueName: ""; ValueData: "WorkshopApp.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.workshop\OpenWithProgids"; ValueType: string; ValueName: "WorkshopApp.Session"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\WorkshopApp.Session"; ValueType: string; ValueName: ""; ValueData: "Workshop App session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\WorkshopApp.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\workshop-file.ico"
Root: HKA; Subkey: "Software\Classes\WorkshopApp.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".workshop"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
