# Make calmline: links (contact-centre screen pops) open calls in Calmline,
# for the current user only: no administrator rights needed.
#
#   powershell -ExecutionPolicy Bypass -File register-links.ps1 [-Program PATH] [-Remove]
#
# PATH is calmline.exe; by default the one in the bundle this script sits in
# (calmline\_internal\windows\register-links.ps1 -> calmline\calmline.exe).
# Writes HKCU\Software\Classes\calmline:
#   (default)           "URL:Calmline call"
#   URL Protocol        ""
#   DefaultIcon         "PATH",0
#   shell\open\command  "PATH" "%1"
# Windows then runs `calmline.exe "calmline://new-call?..."` for each link;
# that hands the call to the running window, or starts Calmline with it.
# Written and reviewed; not run on Windows yet (see docs/phone.md).
param(
    [string]$Program = (Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) "calmline.exe"),
    [switch]$Remove
)
$ErrorActionPreference = "Stop"
$key = "HKCU:\Software\Classes\calmline"

if ($Remove) {
    if (Test-Path $key) { Remove-Item -Path $key -Recurse }
    Write-Output "calmline: links no longer open Calmline."
    exit 0
}
if (-not (Test-Path -LiteralPath $Program -PathType Leaf)) {
    Write-Error "No calmline.exe at $Program; pass -Program with its full path."
    exit 1
}
$Program = (Resolve-Path -LiteralPath $Program).Path
New-Item -Path $key -Force | Out-Null
Set-ItemProperty -Path $key -Name "(default)" -Value "URL:Calmline call"
Set-ItemProperty -Path $key -Name "URL Protocol" -Value ""
New-Item -Path "$key\DefaultIcon" -Force | Out-Null
Set-ItemProperty -Path "$key\DefaultIcon" -Name "(default)" -Value "`"$Program`",0"
New-Item -Path "$key\shell\open\command" -Force | Out-Null
Set-ItemProperty -Path "$key\shell\open\command" -Name "(default)" -Value "`"$Program`" `"%1`""
Write-Output "calmline: links now open $Program."
