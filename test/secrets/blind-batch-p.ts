/**
 * Blind evaluation batch P for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch M) or any notes, and without running it. Batch P aims at NETWORK AND ENTERPRISE
 * IT, where credentials hide in old and operational formats:
 * (1) network device configs: Cisco IOS / IOS-XE / ASA / NX-OS, Juniper Junos, MikroTik RouterOS,
 *     FortiGate, Palo Alto, HPE Comware, IPsec pre-shared keys (IOS, ASA, strongSwan), routing-protocol
 *     keys (BGP, OSPF), WireGuard and OpenVPN;
 * (2) Windows and Active Directory: Group Policy Preferences, unattend.xml, net user / cmdkey / psexec,
 *     PowerShell credentials, .rdp, mRemoteNG, WinSCP, FileZilla, VNC and Winlogon registry exports,
 *     LDAP binds, Kerberos, dumped NT hashes;
 * (3) legacy enterprise: SAP RFC, Oracle, DB2, z/OS JCL, IBM MQ, Informatica, Tableau, SSIS, VBA,
 *     batch files, cron, Ansible inventories;
 * (4) monitoring and backups: Nagios, Zabbix, Veeam, rsync, restic, borg, duplicity, HashiCorp Vault,
 *     Consul, Nomad, iDRAC and iLO.
 *
 * Negatives use the same formats: one-way hashes, lines with the password removed or masked, prompts,
 * references to files, variables and templates, placeholders, factory defaults, public keys and
 * certificates, accessor ids next to (absent) secret ids, MAC addresses, serials, SIDs, GUIDs, license keys.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the format
 * uses as I remember it (alphabet, length, prefix); the file holds no literal key. The few public
 * constants used (the empty-password LM/NT hashes, the DPAPI blob header) are assembled from parts.
 *
 * Judgment calls:
 * - Reversible is a POSITIVE, one-way is a NEGATIVE. Cisco type 0 and type 7 (a public XOR key), NX-OS
 *   `key 7`, Juniper `$9$` (a public substitution), FortiGate `ENC` values other than admin passwords
 *   (encrypted with a key shipped in the firmware), GPP `cpassword` (Microsoft published the AES key),
 *   unattend.xml `<PlainText>false</PlainText>` (base64 of UTF-16), WinSCP.ini and mRemoteNG (obfuscation
 *   or a default master password), FileZilla `encoding="base64"` and the VNC registry value (DES with a
 *   fixed key) are positives. Cisco type 5/8/9, NX-OS `$5$`, sha512-crypt, ASA `encrypted`/`pbkdf2`,
 *   FortiGate admin `ENC SH2…`, Palo Alto `<phash>`, LDAP `{SSHA}` are negatives.
 * - `.rdp` `password 51:b:` DPAPI blobs: POSITIVE. They only decrypt under the owner's profile, but files
 *   are copied together with profiles and the owner's session decrypts them silently; the line exists only
 *   to store a password.
 * - NT hashes: a dumped account line with a non-empty NT hash is a POSITIVE (pass-the-hash logs in with
 *   it). The well-known hashes of the empty password quoted in documentation are NEGATIVES.
 * - SNMP communities: a site-specific community string is a positive (RO and RW alike would be debatable,
 *   so only RW is used as a positive). The factory defaults `public` / `private` are NEGATIVES: a scanner
 *   cannot tell them from documentation and they carry no information.
 * - Vendor factory default passwords quoted in a runbook (iDRAC `calvin`) and HPE's RIBCL sample
 *   `PASSWORD="password"` are NEGATIVES; a changed password in the same places is a positive.
 * - Windows product keys and other license keys are NEGATIVES: they license software, they do not
 *   authenticate anyone to anything.
 * - Ansible Vault ciphertext (`$ANSIBLE_VAULT;1.1;AES256`) is a NEGATIVE: it needs a key that is not there.
 * - Accessor ids (Vault token accessors, Consul AccessorID, Nomad Accessor ID) are NEGATIVES: they name a
 *   token but cannot be used as one. The SecretID / Secret ID beside them is a positive.
 * - Where a user name and a password sit together, `secret` is the password. Where several secrets sit
 *   together (Vault init output, WireGuard private and preshared keys), `secret` is the one the format names.
 */
import {
  ALNUM,
  B64,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** The alphabet of crypt(3)-style hashes (md5-crypt, sha-crypt, Cisco type 8/9). */
const CRYPT = `./${DIGITS}${UPPER}${LOWER}`;
/** Letters and digits used in Windows product keys (no vowels, no look-alikes). */
const PRODUCT_KEY = 'BCDFGHJKMPQRTVWXY2346789';
/** The LM hash of the empty password, as quoted everywhere (built from its two halves). */
const LM_EMPTY = ['aad3b435', 'b51404ee'].join('').repeat(2);
/** The NT hash of the empty password, as quoted everywhere (built from parts). */
const NT_EMPTY = ['31d6cfe0', 'd16ae931', 'b73c59d7', 'e0c089c0'].join('');
/** The fixed header of a DPAPI blob (version and provider GUID), uppercase hex as .rdp files store it. */
const DPAPI_HEAD = ['01000000', 'D08C9DDF', '0115D111', '8C7A00C0', '4FC297EB'].join('');

/** A 32-byte key in base64 (WireGuard, Consul gossip): 43 characters, the last one limited, then `=`. */
function key32(r: R): string {
  return `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
}

/** Lines of `width` random characters from `alphabet`. */
function rows(r: R, alphabet: string, width: number, count: number): string {
  return Array.from({ length: count }, () => r(alphabet, width)).join('\n');
}

/** A Cisco-style hex dump of DER bytes: groups of 8 hex digits, 8 groups a line, two-space indent. */
function ciscoHexDump(r: R, lines: number, first: string): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const groups = Array.from({ length: 8 }, () => r(HEXU, 8));
    if (i === 0) groups[0] = first;
    out.push(`  ${groups.join(' ')}`);
  }
  return out.join('\n');
}

const WORDS = [
  'backbone',
  'cobalt',
  'dynamo',
  'ember',
  'fjord',
  'glacier',
  'hollow',
  'ironwood',
  'juniper',
  'kestrel',
  'lumen',
  'meridian',
  'nebula',
  'onyx',
  'prairie',
  'rampart',
] as const;

export function batchPPositives(seed = 'blind-p-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  /** A made-up operator password with only `-`, `_` and `.` as symbols (safe unquoted in configs and shells). */
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 6)}`;
  /** A made-up password with a shell-unfriendly symbol; used only inside quotes or XML attributes. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** Letters and digits only (mainframe fields, sqlplus user/pass@db, community strings). */
  const plain = (n: number): string => `${r(UPPER, 1)}${r(ALNUM, n - 1)}`;
  const hex = (n: number): string => r(HEXL, n);
  /** A Cisco type 7 string: a two-digit offset into the public key, then the XORed bytes in hex. */
  const type7 = (): string => `${r('01', 1) === '0' ? `0${r(DIGITS, 1)}` : `1${r('012345', 1)}`}${r(HEXU, 2 * (10 + (hex(1).charCodeAt(0) % 5)))}`;
  const juniper9 = (): string => `$9$${r(`${ALNUM}-./`, 28)}`;

  // --- (1) Network device configs ------------------------------------------------------------------------
  add('Cisco IOS username password 0', netpw(), (s) => `hostname core-sw01\n!\nusername admin privilege 15 password 0 ${s}\n!\nline vty 0 4\n login local`);
  add('Cisco IOS enable password in clear', netpw(), (s) => `version 15.2\nservice timestamps log datetime msec\nenable password ${s}\n!\nip domain-name corp.example`);
  add('Cisco type 7 line vty password', type7(), (s) => `line vty 0 4\n exec-timeout 15 0\n password 7 ${s}\n login\n transport input ssh`);
  add('Cisco type 7 username under service password-encryption', type7(), (s) => `service password-encryption\n!\nusername netops privilege 15 password 7 ${s}\nusername readonly privilege 1 secret 9 $9$${r(CRYPT, 14)}$${r(CRYPT, 43)}`);
  add('Cisco SNMP community RW', `${cap(word())}${plain(9)}`, (s) => `access-list 99 permit 10.10.0.0 0.0.255.255\nsnmp-server community ${s} RW 99\nsnmp-server location DC1-Row4`);
  add('IOS-XE TACACS+ server key 0', netpw(), (s) => `tacacs server ISE-PRIMARY\n address ipv4 10.20.0.11\n key 0 ${s}\n timeout 5`);
  add('IOS legacy radius-server host key', netpw(), (s) => `aaa new-model\nradius-server host 10.20.0.12 auth-port 1812 acct-port 1813 key ${s}`);
  add('NX-OS tacacs-server key 7', `${r(LOWER, 6)}${r(LOWER + DIGITS, 8)}`, (s) => `feature tacacs+\ntacacs-server host 10.20.0.13 key 7 "${s}"\naaa group server tacacs+ ISE\n    server 10.20.0.13`);
  add('IOS crypto isakmp key', netpw(), (s) => `crypto isakmp policy 10\n encr aes 256\n authentication pre-share\n group 14\ncrypto isakmp key ${s} address 203.0.113.10`);
  add('ASA tunnel-group ikev1 pre-shared-key', netpw(), (s) => `tunnel-group 198.51.100.7 type ipsec-l2l\ntunnel-group 198.51.100.7 ipsec-attributes\n ikev1 pre-shared-key ${s}`);
  add('BGP neighbor password', netpw(), (s) => `router bgp 65010\n neighbor 192.0.2.1 remote-as 65020\n neighbor 192.0.2.1 description ISP-A\n neighbor 192.0.2.1 password ${s}`);
  add('OSPF message-digest-key md5', netpw(), (s) => `interface GigabitEthernet0/1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 ${s}`);
  add('Juniper $9$ radius secret', juniper9(), (s) => `set system radius-server 10.20.0.12 secret "${s}"\nset system radius-server 10.20.0.12 source-address 10.20.0.2`);
  add('Juniper $9$ in hierarchical config', juniper9(), (s) => `security {\n    ike {\n        policy IKE-POL-DC2 {\n            mode main;\n            pre-shared-key ascii-text "${s}"; ## SECRET-DATA\n        }\n    }\n}`);
  add('Juniper snmp community read-write', `${cap(word())}${plain(8)}`, (s) => `set snmp community ${s} authorization read-write\nset snmp community ${s} clients 10.10.0.0/16`);
  add('MikroTik user add password', netpw(), (s) => `/user add name=netops group=full password=${s} address=10.10.0.0/16`);
  add('MikroTik WPA2 pre-shared key', netpw(), (s) => `/interface wireless security-profiles\nset [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=${s}`);
  add('FortiGate IPsec psksecret ENC', `${r(B64, 150)}==`, (s) => `config vpn ipsec phase1-interface\n    edit "to-branch07"\n        set interface "wan1"\n        set remote-gw 192.0.2.44\n        set psksecret ENC ${s}\n    next\nend`);
  add('FortiGate local user passwd in CLI script', pw(), (s) => `config user local\n    edit "vpn-jdoe"\n        set type password\n        set passwd "${s}"\n    next\nend`);
  add('Palo Alto API key in request URL', `LUFRPT${r(B64, 70)}==`, (s) => `curl -k "https://fw01.corp.example/api/?type=op&cmd=<show><system><info></info></system></show>&key=${s}"`);
  add('HPE Comware local-user password simple', netpw(), (s) => `local-user admin class manage\n password simple ${s}\n service-type ssh\n authorization-attribute user-role network-admin`);
  add('WireGuard interface PrivateKey', key32(r), (s) => `[Interface]\nAddress = 10.66.0.2/32\nPrivateKey = ${s}\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = ${key32(r)}\nEndpoint = vpn.corp.example:51820\nAllowedIPs = 10.0.0.0/8`);
  add('WireGuard peer PresharedKey', key32(r), (s) => `[Peer]\n# branch-07\nPublicKey = ${key32(r)}\nPresharedKey = ${s}\nAllowedIPs = 10.66.7.0/24`);
  add('OpenVPN auth-user-pass credentials file', pw(), (s) => `$ grep auth-user-pass client.ovpn\nauth-user-pass /etc/openvpn/client/creds.txt\n$ cat /etc/openvpn/client/creds.txt\nvpn-svc-backup\n${s}`);
  add('OpenVPN static key inline tls-auth', `-----BEGIN OpenVPN Static key V1-----\n${rows(r, HEXL, 32, 16)}\n-----END OpenVPN Static key V1-----`, (s) => `remote vpn.corp.example 1194\nkey-direction 1\n<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n${s}\n</tls-auth>`);
  add('strongSwan ipsec.secrets PSK', pw(), (s) => `# /etc/ipsec.secrets\n192.0.2.10 203.0.113.20 : PSK "${s}"`);

  // --- (2) Windows and Active Directory ----------------------------------------------------------------------
  add('GPP Groups.xml cpassword', r(B64, 43), (s) => `<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalAdmin" image="2" changed="2019-03-11 09:14:07" uid="{${uuid(r).toUpperCase()}}"><Properties action="U" newName="" fullName="" description="" cpassword="${s}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="LocalAdmin"/></User></Groups>`);
  add('GPP ScheduledTasks.xml cpassword', r(B64, 64), (s) => `<TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="NightlyCleanup" image="2" changed="2018-07-02 22:01:45"><Properties action="U" name="NightlyCleanup" runAs="CORP\\svc_tasks" cpassword="${s}" logonType="Password"/></TaskV2>`);
  add('unattend.xml AdministratorPassword plain text', pw(), (s) => `<UserAccounts>\n  <AdministratorPassword>\n    <Value>${s}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>`);
  add('unattend.xml AutoLogon password encoded', Buffer.from(`${netpw()}Password`, 'utf16le').toString('base64'), (s) => `<AutoLogon>\n  <Password>\n    <Value>${s}</Value>\n    <PlainText>false</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n  <LogonCount>1</LogonCount>\n  <Username>kiosk</Username>\n</AutoLogon>`);
  add('net user add with password', netpw(), (s) => `C:\\> net user svc_deploy ${s} /add /domain\nThe command completed successfully.`);
  add('cmdkey add with pass', netpw(), (s) => `cmdkey /add:fs01.corp.example /user:CORP\\svc_backup /pass:${s}`);
  add('PowerShell ConvertTo-SecureString literal', pw(), (s) => `$securePass = ConvertTo-SecureString '${s}' -AsPlainText -Force\nSet-ADAccountPassword -Identity svc_web -NewPassword $securePass -Reset`);
  add('PowerShell PSCredential built inline', pw(), (s) => `$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_sql', (ConvertTo-SecureString -String '${s}' -AsPlainText -Force))\nInvoke-Command -ComputerName sql01 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }`);
  add('.rdp DPAPI password blob', `${DPAPI_HEAD}${r(HEXU, 470)}`, (s) => `screen mode id:i:2\nfull address:s:ts01.corp.example\nusername:s:CORP\\jdoe\npassword 51:b:${s}\nauthentication level:i:2`);
  add('mRemoteNG confCons.xml Password attribute', r(B64, 88), (s) => `<Node Name="dc01" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Id="${uuid(r)}" Username="administrator" Domain="CORP" Password="${s}" Hostname="10.0.0.10" Protocol="RDP" Port="3389" />`);
  add('WinSCP.ini session Password', `A35C${r(HEXU, 60)}`, (s) => `[Sessions\\deploy@web01]\nHostName=web01.corp.example\nUserName=deploy\nPassword=${s}\nFSProtocol=2`);
  add('FileZilla sitemanager Pass base64', Buffer.from(pw(), 'utf8').toString('base64'), (s) => `<Server>\n  <Host>ftp.corp.example</Host>\n  <Port>21</Port>\n  <Protocol>0</Protocol>\n  <Type>0</Type>\n  <User>ftp-reports</User>\n  <Pass encoding="base64">${s}</Pass>\n  <Logontype>1</Logontype>\n  <Name>Reports FTP</Name>\n</Server>`);
  add('TightVNC registry Password hex', Array.from({ length: 8 }, () => hex(2)).join(','), (s) => `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\n"Password"=hex:${s}\n"RfbPort"=dword:0000170c`);
  add('Winlogon DefaultPassword registry value', pw(), (s) => `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultUserName"="kiosk"\n"DefaultDomainName"="CORP"\n"DefaultPassword"="${s}"`);
  add('ldapsearch bind password -w', pw(), (s) => `ldapsearch -x -H ldaps://dc01.corp.example -D "CN=svc_ldap,OU=Service Accounts,DC=corp,DC=example" -w '${s}' -b "DC=corp,DC=example" "(sAMAccountName=jdoe)" memberOf`);
  add('LDIF userPassword in clear', netpw(), (s) => `dn: uid=svc_app,ou=people,dc=corp,dc=example\nchangetype: modify\nreplace: userPassword\nuserPassword: ${s}`);
  add('kinit with password piped', pw(), (s) => `echo '${s}' | kinit svc_hdfs@CORP.EXAMPLE && hdfs dfs -ls /data`);
  add('secretsdump NT hash line', hex(32), (s) => `[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\nCORP.EXAMPLE\\svc_sql:1107:${LM_EMPTY}:${s}:::`);

  // --- (3) Legacy enterprise ------------------------------------------------------------------------------------
  add('SAP sapnwrfc.ini PASSWD', netpw(), (s) => `DEST=PRD_RFC\nASHOST=sapprd01.corp.example\nSYSNR=00\nCLIENT=100\nUSER=RFC_BATCH\nPASSWD=${s}\nLANG=EN`);
  add('SAP RFC_PASSWORD environment variable', netpw(), (s) => `RFC_USER=RFC_BATCH\nRFC_PASSWORD=${s}\nRFC_CLIENT=100`);
  add('sqlplus user/password@service', plain(12), (s) => `#!/bin/ksh\nsqlplus -s app_owner/${s}@ORCLPDB1 @/opt/deploy/patch_042.sql`);
  add('Oracle CREATE USER IDENTIFIED BY', pw(), (s) => `CREATE USER rpt_reader IDENTIFIED BY "${s}"\n  DEFAULT TABLESPACE users QUOTA 100M ON users;\nGRANT CREATE SESSION TO rpt_reader;`);
  add('DB2 connect user using', plain(10), (s) => `db2 connect to SAMPLE user db2inst1 using ${s}\ndb2 "select count(*) from syscat.tables"`);
  add('JCL JOB card PASSWORD', plain(8).toUpperCase(), (s) => `//PAYROLL1 JOB (ACCT01),'NIGHTLY PAYROLL',CLASS=A,MSGCLASS=X,\n//             USER=BATCH01,PASSWORD=${s}\n//STEP1    EXEC PGM=PAYCALC`);
  add('JCL SYSIN control card PASSWORD=', plain(8).toUpperCase(), (s) => `//XFER     EXEC PGM=XFERBAT,PARM='NIGHTLY'\n//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n  REMOTE=SFTP01 USERID=BATCH01 PASSWORD=${s}\n  SEND DSN=PROD.PAYROLL.EXTRACT\n/*`);
  add('JCL FTP step with password in INPUT DD', plain(8).toUpperCase(), (s) => `//FTPSTEP  EXEC PGM=FTP,PARM='(EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nftp.corp.example\nmvsusr1\n${s}\nPUT 'PROD.DAILY.REPORT' daily.txt\nQUIT\n/*`);
  add('IBM MQ Java client PASSWORD property', pw(), (s) => `cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "QM_PROD");\ncf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);\ncf.setStringProperty(WMQConstants.USERID, "mqapp");\ncf.setStringProperty(WMQConstants.PASSWORD, "${s}");`);
  add('Informatica pmcmd -p', netpw(), (s) => `pmcmd startworkflow -sv IS_PROD -d Domain_Prod -u Administrator -p ${s} -f FINANCE wf_daily_load`);
  add('Tableau tabcmd login -p', pw(), (s) => `tabcmd login -s https://tableau.corp.example -t Finance -u svc_refresh -p "${s}"\ntabcmd refreshextracts --datasource "GL Actuals"`);
  add('SSIS dtsConfig connection string Password', netpw(), (s) => `<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC_ERP].Properties[ConnectionString]" ValueType="String"><ConfiguredValue>Data Source=sql01;User ID=etl_load;Password=${s};Initial Catalog=Staging;Provider=SQLNCLI11.1;</ConfiguredValue></Configuration>`);
  add('VBA Workbooks.Open Password:=', pw(), (s) => `Sub RefreshBudget()\n    Dim wb As Workbook\n    Set wb = Workbooks.Open(Filename:="\\\\fs01\\finance\\budget2026.xlsx", Password:="${s}")\n    wb.RefreshAll\nEnd Sub`);
  add('batch net use with password', netpw(), (s) => `@echo off\nnet use Z: \\\\fs01\\finance ${s} /user:CORP\\svc_print /persistent:no\ncopy Z:\\exports\\*.csv C:\\import\\`);
  add('psexec -u -p', netpw(), (s) => `psexec \\\\app02 -u CORP\\svc_deploy -p ${s} -h cmd /c "C:\\deploy\\run.bat"`);
  add('crontab sshpass rsync', pw(), (s) => `# m h dom mon dow command\n15 2 * * * sshpass -p '${s}' rsync -az /var/backups/ backup@10.0.8.20:/srv/backups/web01/`);
  add('Ansible inventory ansible_password', netpw(), (s) => `[windows]\nwin01.corp.example ansible_user=Administrator ansible_password=${s} ansible_connection=winrm ansible_winrm_transport=ntlm`);
  add('Ansible group_vars ansible_become_pass', pw(), (s) => `---\nansible_user: deploy\nansible_become: true\nansible_become_pass: "${s}"`);

  // --- (4) Monitoring, backups, HashiCorp, out-of-band management ------------------------------------------------
  add('Nagios resource.cfg $USER3$', netpw(), (s) => `# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/lib64/nagios/plugins\n$USER2$=/usr/lib64/nagios/plugins/eventhandlers\n# MySQL monitoring password\n$USER3$=${s}`);
  add('Zabbix agent PSK file contents', hex(64), (s) => `# grep ^TLS /etc/zabbix/zabbix_agentd.conf\nTLSConnect=psk\nTLSPSKIdentity=PSK web01\nTLSPSKFile=/etc/zabbix/zabbix_agentd.psk\n# cat /etc/zabbix/zabbix_agentd.psk\n${s}`);
  add('Veeam Add-VBRCredentials -Password', pw(), (s) => `Add-VBRCredentials -Type Windows -User "CORP\\svc_veeam" -Password "${s}" -Description "Hyper-V hosts"`);
  add('RSYNC_PASSWORD inline', netpw(), (s) => `RSYNC_PASSWORD=${s} rsync -av --delete /data/ rsync://backup@nas01.corp.example/data/`);
  add('RESTIC_PASSWORD export', pw(), (s) => `export RESTIC_REPOSITORY=s3:https://s3.corp.example/restic-web01\nexport RESTIC_PASSWORD='${s}'\nrestic backup /etc /var/www`);
  add('BORG_PASSPHRASE inline', `${word()}-${word()}-${word()}-${r(DIGITS, 4)}`, (s) => `BORG_PASSPHRASE="${s}" borg create --stats ssh://borg@nas01/./web01::{hostname}-{now} /etc /srv`);
  add('duplicity PASSPHRASE export', pw(), (s) => `#!/bin/sh\nexport PASSPHRASE='${s}'\nduplicity --full-if-older-than 1M /etc file:///mnt/backup/etc\nunset PASSPHRASE`);
  add('Vault operator init unseal key', r(B64, 44), (s) => `Unseal Key 1: ${s}\nUnseal Key 2: ${r(B64, 44)}\nUnseal Key 3: ${r(B64, 44)}\n\nVault initialized with 3 key shares and a key threshold of 2.`);
  add('Vault initial root token hvs', `hvs.${r(ALNUM, 24)}`, (s) => `Vault initialized with 5 key shares and a key threshold of 3.\n\nInitial Root Token: ${s}`);
  add('Vault legacy s. token', `s.${r(ALNUM, 24)}`, (s) => `# ~/.bashrc on jump01\nexport VAULT_ADDR=https://vault.corp.example:8200\nexport VAULT_TOKEN=${s}`);
  add('Consul ACL bootstrap SecretID', uuid(r), (s) => `$ consul acl bootstrap\nAccessorID:       ${uuid(r)}\nSecretID:         ${s}\nDescription:      Bootstrap Token (Global Management)\nLocal:            false`);
  add('Consul gossip encrypt key', key32(r), (s) => `datacenter = "dc1"\ndata_dir = "/opt/consul"\nencrypt = "${s}"\nretry_join = ["10.0.5.11", "10.0.5.12"]`);
  add('Nomad ACL bootstrap Secret ID', uuid(r), (s) => `$ nomad acl bootstrap\nAccessor ID  = ${uuid(r)}\nSecret ID    = ${s}\nName         = Bootstrap Token\nType         = management`);
  add('iDRAC racadm remote -p', netpw(), (s) => `racadm -r 10.0.40.21 -u root -p ${s} serveraction powercycle`);
  add('iLO RIBCL LOGIN PASSWORD', pw(), (s) => `<RIBCL VERSION="2.0">\n  <LOGIN USER_LOGIN="Administrator" PASSWORD="${s}">\n    <SERVER_INFO MODE="read"><GET_HOST_POWER_STATUS/></SERVER_INFO>\n  </LOGIN>\n</RIBCL>`);

  return out;
}

export function batchPNegatives(seed = 'blind-p-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const md5crypt = (): string => `$1$${r(CRYPT, 8)}$${r(CRYPT, 22)}`;
  const sid = (): string => `S-1-5-21-${r('123', 1)}${r(DIGITS, 9)}-${r('123', 1)}${r(DIGITS, 9)}-${r('123', 1)}${r(DIGITS, 9)}`;
  const mac = (sep: string, group: number): string => {
    const h = r(HEXL, 12);
    const parts = h.match(new RegExp(`.{${group}}`, 'g')) ?? [];
    return parts.join(sep);
  };

  // --- (1) Network device configs ------------------------------------------------------------------------
  add('Cisco enable secret type 5 md5-crypt hash', `enable secret 5 ${md5crypt()}\n!\nusername admin privilege 15 secret 5 ${md5crypt()}`);
  add('Cisco type 8 PBKDF2 hash', `username netops privilege 15 algorithm-type sha256 secret 8 $8$${r(CRYPT, 14)}$${r(CRYPT, 43)}`);
  add('Cisco type 9 scrypt hash', `enable algorithm-type scrypt secret 9 $9$${r(CRYPT, 14)}$${r(CRYPT, 43)}`);
  add('NX-OS password 5 sha256-crypt hash', `username admin password 5 $5$${r(CRYPT, 8)}$${r(CRYPT, 43)}  role network-admin\nusername admin passphrase  lifetime 99999 warntime 14 gracetime 3`);
  add('Junos encrypted-password sha512-crypt', `set system login user netops uid 2001\nset system login user netops class super-user\nset system login user netops authentication encrypted-password "$6$${r(CRYPT, 16)}$${r(CRYPT, 86)}"`);
  add('ASA enable password stored as MD5 hash', `enable password ${r(CRYPT, 16)} encrypted\npasswd ${r(CRYPT, 16)} encrypted`);
  add('ASA username with pbkdf2 hash', `username ops password $sha512$5000$${r(B64, 24)}$${r(B64, 24)} pbkdf2 privilege 15`);
  add('Cisco hardening with password-encryption and only hashes', `service password-encryption\nsecurity passwords min-length 12\nenable algorithm-type scrypt secret 9 $9$${r(CRYPT, 14)}$${r(CRYPT, 43)}\n!\nline vty 0 4\n login local\n transport input ssh`);
  add('Cisco show tech with passwords removed', `username admin privilege 15 password 7 <removed>\nenable secret 9 <removed>\nsnmp-server community <removed> RO 99\ntacacs-server host 10.20.0.13 key 7 <removed>`);
  add('ASA show running-config with keys masked', `crypto isakmp key ***** address 203.0.113.10 netmask 255.255.255.255\ntunnel-group 198.51.100.7 ipsec-attributes\n ikev1 pre-shared-key *****\naaa-server ISE (inside) host 10.20.0.11\n key *****`);
  add('SNMP community public RO default', 'snmp-server community public RO\nsnmp-server contact noc@corp.example');
  add('SNMP default communities being removed', 'no snmp-server community public RO\nno snmp-server community private RW\nsnmp-server group NMS v3 priv');
  add('Cisco console line without password', 'line con 0\n no password\n login local\n logging synchronous\nline aux 0\n no exec');
  add('IOS isakmp key placeholder in docs', 'crypto isakmp key <PRE-SHARED-KEY> address <PEER-PUBLIC-IP>\n! replace both values before pasting');
  add('Junos pre-shared-key placeholder', 'set security ike policy IKE-POL pre-shared-key ascii-text "<psk>"\nset security ike gateway GW-DC2 ike-policy IKE-POL');
  add('FortiGate admin password ENC SH2 hash', `config system admin\n    edit "admin"\n        set accprofile "super_admin"\n        set vdom "root"\n        set password ENC SH2${r(B64, 60)}=\n    next\nend`);
  add('FortiManager meta variable for psksecret', 'config vpn ipsec phase1-interface\n    edit "to-hub"\n        set psksecret $(branch_psk)\n    next\nend');
  add('Palo Alto phash md5-crypt', `<users>\n  <entry name="admin">\n    <phash>${md5crypt()}</phash>\n    <permissions><role-based><superuser>yes</superuser></role-based></permissions>\n  </entry>\n</users>`);
  add('TACACS key from Jinja template', 'tacacs server {{ item.name }}\n address ipv4 {{ item.ip }}\n key 0 {{ tacacs_key }}');
  add('MikroTik export without passwords', `# ${r(DIGITS, 2)}:${r(DIGITS, 2)}:01 by RouterOS 7.14\n/user group add name=noc policy=read,test,winbox\n/user add name=netops group=full address=10.10.0.0/16\n/system identity set name=edge-rtr01`);
  add('WireGuard peer with public key only', `[Peer]\n# laptop-jdoe\nPublicKey = ${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=\nAllowedIPs = 10.66.0.14/32\nPersistentKeepalive = 25`);
  add('WireGuard private key loaded from a file', '[Interface]\nAddress = 10.66.0.1/24\nListenPort = 51820\nPostUp = wg set %i private-key /etc/wireguard/%i.key');
  add('OpenVPN auth-user-pass prompting', 'client\ndev tun\nremote vpn.corp.example 1194\nauth-user-pass\nauth-nocache\nremote-cert-tls server');
  add('OpenVPN inline CA certificate', `<ca>\n-----BEGIN CERTIFICATE-----\nMIIDSzCCAjOgAwIBAgIU${r(B64, 44)}\n${rows(r, B64, 64, 10)}\n-----END CERTIFICATE-----\n</ca>`);
  add('IOS self-signed certificate hex dump', `crypto pki certificate chain TP-self-signed-${r(DIGITS, 10)}\n certificate self-signed 01\n${ciscoHexDump(r, 6, '3082022B')}\n  \tquit`);
  add('IOS RSA public key dump', `core-sw01#show crypto key mypubkey rsa\n% Key pair was generated at: 09:12:44 UTC Mar 3 2026\nKey name: core-sw01.corp.example\n Usage: General Purpose Key\n Key Data:\n${ciscoHexDump(r, 4, '30820122')}`);
  add('show mac address-table output', `          Mac Address Table\n-------------------------------------------\nVlan    Mac Address       Type        Ports\n----    -----------       --------    -----\n  20    ${mac('.', 4)}    DYNAMIC     Gi1/0/7\n  20    ${mac('.', 4)}    DYNAMIC     Gi1/0/12\n  30    ${mac('.', 4)}    STATIC      Po1`);
  add('show inventory serial numbers', `NAME: "Chassis", DESCR: "Cisco Catalyst 9300 48-port"\nPID: C9300-48P         , VID: V02  , SN: FOC${r(DIGITS, 4)}${r(UPPER + DIGITS, 4)}\nNAME: "Power Supply 1", DESCR: "715W AC Config 1"\nPID: PWR-C1-715WAC     , VID: V01  , SN: LIT${r(DIGITS, 4)}${r(UPPER + DIGITS, 4)}`);

  // --- (2) Windows and Active Directory ----------------------------------------------------------------------
  add('GPP Groups.xml with empty cpassword', `<Properties action="U" newName="" fullName="" description="" cpassword="" changeLogon="0" noChange="0" neverExpires="0" acctDisabled="1" userName="Guest"/>`);
  add('GPP Groups.xml adding a domain group, no password', `<Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" uid="{${uuid(r).toUpperCase()}}"><Properties action="U" groupSid="S-1-5-32-544" groupName="Administrators (built-in)"><Members><Member name="CORP\\Workstation Admins" action="ADD" sid="${sid()}-${r(DIGITS, 4)}"/></Members></Properties></Group>`);
  add('unattend.xml with sensitive data deleted', '<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>');
  add('unattend.xml with MDT task sequence variable', '<AutoLogon>\n  <Password>\n    <Value>%AdminPassword%</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</AutoLogon>');
  add('net user add prompting with asterisk', 'C:\\> net user svc_deploy * /add /domain\nType a password for the user:');
  add('runas savecred without a password', 'runas /savecred /user:CORP\\adm_jdoe "mmc.exe dsa.msc"');
  add('cmdkey list output', 'Currently stored credentials:\n\n    Target: Domain:target=fs01.corp.example\n    Type: Domain Password\n    User: CORP\\svc_backup\n    Local machine persistence');
  add('ConvertTo-SecureString from Read-Host', '$pass = Read-Host -Prompt "Password for svc_web" -AsSecureString\n$cred = Get-Credential -UserName "CORP\\svc_web" -Message "Service account"');
  add('DPAPI standard string read from a file', '$secure = Get-Content C:\\ProgramData\\deploy\\svc.cred | ConvertTo-SecureString\n$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_deploy", $secure)');
  add('.rdp file without a stored password', `screen mode id:i:2\nfull address:s:ts01.corp.example\nusername:s:CORP\\jdoe\nprompt for credentials:i:1\ngatewayhostname:s:rdgw.corp.example`);
  add('FileZilla site asking for the password', '<Server>\n  <Host>ftp.corp.example</Host>\n  <Port>21</Port>\n  <User>ftp-reports</User>\n  <Logontype>3</Logontype>\n  <Name>Reports FTP</Name>\n</Server>');
  add('WinSCP.ini session using a key file', '[Sessions\\deploy@web01]\nHostName=web01.corp.example\nUserName=deploy\nPublicKeyFile=C:%5CUsers%5Cjdoe%5C.ssh%5Cdeploy.ppk\nFSProtocol=2');
  add('mRemoteNG node with empty password', `<Node Name="web01" Type="Connection" Id="${uuid(r)}" Username="deploy" Domain="" Password="" Hostname="web01.corp.example" Protocol="SSH2" Port="22" />`);
  add('empty-password LM and NT hashes in documentation', `A blank LM hash (${LM_EMPTY}) means LM storage is disabled, and ${NT_EMPTY} is the NT hash of the empty password - both tell you nothing about the account.`);
  add('batch net use with %PASSWORD% placeholder', '@echo off\nset /p PASSWORD=Password: \nnet use Z: \\\\fs01\\finance %PASSWORD% /user:%USERDOMAIN%\\%USERNAME% /persistent:no');
  add('psexec with environment variables', 'psexec \\\\%TARGET% -u %DEPLOY_USER% -p %DEPLOY_PASS% -h cmd /c "C:\\deploy\\run.bat"');
  add('Windows SIDs in an ACL dump', `C:\\Shares\\Finance ${sid()}-1104:(OI)(CI)(M)\n                    ${sid()}-512:(OI)(CI)(F)\n                    BUILTIN\\Administrators:(OI)(CI)(F)`);
  add('GPO GUIDs in SYSVOL paths', `\\\\corp.example\\SYSVOL\\corp.example\\Policies\\{${uuid(r).toUpperCase()}}\\Machine\\Preferences\\Groups\\Groups.xml\n\\\\corp.example\\SYSVOL\\corp.example\\Policies\\{${uuid(r).toUpperCase()}}\\User`);
  add('Windows product key (license, not a credential)', `slmgr /ipk ${Array.from({ length: 5 }, () => r(PRODUCT_KEY, 5)).join('-')}\nslmgr /ato`);
  add('klist keytab listing', `Keytab name: FILE:/etc/security/keytabs/hdfs.keytab\nKVNO Timestamp           Principal\n---- ------------------- ------------------------------------------------------\n   3 03/11/2026 09:14:07 hdfs/nn01.corp.example@CORP.EXAMPLE (aes256-cts-hmac-sha1-96)\n   3 03/11/2026 09:14:07 hdfs/nn01.corp.example@CORP.EXAMPLE (aes128-cts-hmac-sha1-96)`);
  add('kinit with keytab', 'kinit -kt /etc/security/keytabs/hdfs.keytab hdfs/nn01.corp.example@CORP.EXAMPLE\nklist');
  add('ldapsearch prompting and reading a password file', 'ldapsearch -x -H ldaps://dc01.corp.example -D "CN=svc_ldap,OU=Service Accounts,DC=corp,DC=example" -W -b "DC=corp,DC=example"\nldapwhoami -x -D "cn=admin,dc=corp,dc=example" -y /etc/ldap.secret');
  add('LDIF userPassword base64 of an SSHA hash', `dn: uid=jdoe,ou=people,dc=corp,dc=example\nuserPassword:: ${Buffer.from(`{SSHA}${r(B64, 32)}`, 'utf8').toString('base64')}`);

  // --- (3) Legacy enterprise ------------------------------------------------------------------------------------
  add('tnsnames.ora entry', 'ORCLPDB1 =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCP)(HOST = ora01.corp.example)(PORT = 1521))\n    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = orclpdb1.corp.example))\n  )');
  add('sqlplus with OS authentication and prompt', 'sqlplus / as sysdba\nsqlplus app_owner@ORCLPDB1\nEnter password:');
  add('DB2 connect prompting for password', 'db2 connect to SAMPLE user db2inst1\nEnter current password for db2inst1:\n\n   Database Connection Information');
  add('JCL with symbolic and dataset reference only', "//PAYROLL1 JOB (ACCT01),'NIGHTLY PAYROLL',CLASS=A,MSGCLASS=X\n//         SET PW=&SYSUID\n//FTPSTEP  EXEC PGM=FTP,PARM='(EXIT'\n//NETRC    DD DSN=PROD.FTP.NETRC,DISP=SHR\n//INPUT    DD DSN=PROD.FTP.CMDS(DAILY),DISP=SHR");
  add('SAP sapnwrfc.ini using SNC', 'DEST=PRD_SNC\nASHOST=sapprd01.corp.example\nSYSNR=00\nCLIENT=100\nSNC_MODE=1\nSNC_PARTNERNAME=p:CN=PRD, O=Corp, C=DE\nSNC_LIB=/usr/sap/lib/libsapcrypto.so');
  add('Informatica pmcmd with password env variable', 'pmcmd startworkflow -sv IS_PROD -d Domain_Prod -uv INFA_USER -pv INFA_PASSWD -f FINANCE wf_daily_load');
  add('Tableau tabcmd with password file', 'tabcmd login -s https://tableau.corp.example -t Finance -u svc_refresh --password-file /etc/tableau/refresh.pw');
  add('SSIS connection string with integrated security', 'Data Source=sql01;Initial Catalog=Staging;Provider=SQLNCLI11.1;Integrated Security=SSPI;Auto Translate=False;');
  add('VBA password from InputBox', 'Dim pw As String\npw = InputBox("Workbook password?")\nSet wb = Workbooks.Open(Filename:=path, Password:=pw)');
  add('Ansible inventory with vault variable', '[windows]\nwin01.corp.example ansible_user=Administrator ansible_password="{{ vault_win_admin_password }}" ansible_connection=winrm');
  add('Ansible Vault ciphertext', `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${rows(r, DIGITS + 'abcdef', 80, 5).replace(/^/gm, '  ')}`);
  add('cron sshpass with environment variable', '15 2 * * * . /etc/backup.env && sshpass -p "${BACKUP_PASS}" rsync -az /var/backups/ backup@10.0.8.20:/srv/backups/');
  add('sshpass reading a password file', 'sshpass -f /root/.backup_pass rsync -az /var/backups/ backup@10.0.8.20:/srv/backups/');

  // --- (4) Monitoring, backups, HashiCorp, out-of-band management ------------------------------------------------
  add('Nagios resource.cfg with plugin paths only', '# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/lib64/nagios/plugins\n$USER2$=/usr/lib64/nagios/plugins/eventhandlers');
  add('Nagios command using $USER3$ macro', "define command {\n    command_name check_mysql_cmd\n    command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p '$USER3$'\n}");
  add('Zabbix agent PSK identity and file path', 'TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=PSK web01\nTLSPSKFile=/etc/zabbix/zabbix_agentd.psk');
  add('RSYNC password file', 'rsync -av --password-file=/etc/rsync.secret /data/ rsync://backup@nas01.corp.example/data/');
  add('restic password file and command', 'RESTIC_PASSWORD_FILE=/etc/restic/password\nRESTIC_PASSWORD_COMMAND="pass show backup/restic"');
  add('borg passcommand', 'export BORG_PASSCOMMAND="cat /root/.borg-passphrase"\nborg list ssh://borg@nas01/./web01');
  add('duplicity with GPG key ids', `duplicity --encrypt-key ${r(HEXU, 16)} --sign-key ${r(HEXU, 16)} /etc sftp://backup@nas01//srv/dup/etc`);
  add('Veeam credentials listing', `Get-VBRCredentials | Format-Table Name, Description, ChangeTimeUtc\n\nName              Description    ChangeTimeUtc\n----              -----------    -------------\nCORP\\svc_veeam    Hyper-V hosts  03/11/2026 09:14:07\nroot              Linux repo     02/02/2026 17:40:12`);
  add('Vault token accessors listing', `$ vault list auth/token/accessors\nKeys\n----\n${r(ALNUM, 24)}\n${r(ALNUM, 24)}\n${r(ALNUM, 24)}`);
  add('Vault unseal progress output', `Key                Value\n---                -----\nSeal Type          shamir\nInitialized        true\nSealed             true\nTotal Shares       5\nThreshold          3\nUnseal Progress    1/3\nUnseal Nonce       ${uuid(r)}\nVersion            1.17.2`);
  add('Vault token from environment in scripts', 'export VAULT_TOKEN="$(cat ~/.vault-token)"\nvault kv get -field=password secret/ops/racadm');
  add('Consul ACL token list without secrets', `AccessorID:       ${uuid(r)}\nSecretID:         <hidden>\nDescription:      agent token web01\nLocal:            false\nCreate Time:      2026-03-11 09:14:07 +0000 UTC\nPolicies:\n   ${uuid(r)} - agent-web01`);
  add('Consul gossip key from template', 'datacenter = "dc1"\nencrypt = "{{ consul_gossip_key }}"\nencrypt_verify_incoming = true');
  add('Nomad token list with accessor ids', `Name             Type        Global  Accessor ID                           Expired\nBootstrap Token  management  true    ${uuid(r)}  false\nci-deploy        client      false   ${uuid(r)}  false`);
  add('iDRAC factory default named in a runbook', 'Out of the box the iDRAC login is root / calvin. Change it during racking; the new one goes into the vault entry for the host.');
  add('racadm service tag output', `$ racadm getsvctag\n${r(UPPER + DIGITS, 7)}\n$ racadm getsysinfo | grep -i 'mac address'\nNIC.Integrated.1-1-1  Ethernet  = ${mac(':', 2).toUpperCase()}`);
  add('HPE RIBCL sample with the word password', '<!-- hponcfg ignores LOGIN in local mode -->\n<RIBCL VERSION="2.0">\n  <LOGIN USER_LOGIN="adminname" PASSWORD="password">');
  add('iLO password from Ansible lookup', 'ilo_password: "{{ lookup(\'community.hashi_vault.hashi_vault\', \'secret=kv/data/ilo:password\') }}"');

  return out;
}
