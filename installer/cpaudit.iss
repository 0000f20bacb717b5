; Inno Setup script for Windows: packs dist\cpaudit (made by installer\build.py) into a setup
; program that installs per user, adds Start-menu shortcuts and opens .cpaudit files.
#define AppVersion "0.1.0"

[Setup]
AppName=cpaudit
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\cpaudit
DefaultGroupName=cpaudit
PrivilegesRequired=lowest
OutputBaseFilename=cpaudit-setup-{#AppVersion}
SourceDir=..
OutputDir=dist
Compression=lzma2
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "dist\cpaudit\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\cpaudit"; Filename: "{app}\cpaudit.exe"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.cpaudit"; ValueType: string; ValueData: "cpaudit.project"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\cpaudit.project\shell\open\command"; ValueType: string; ValueData: """{app}\cpaudit.exe"" ""%1"""; Flags: uninsdeletekey
