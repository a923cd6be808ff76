import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch T: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_T: ShapeFixture[] = [
  // ---- Server and application logs ----
  // 1 English (Canada), log: log4j-style line, hyphenated French-Canadian driver, depot town, customer
  { shape: 'log', text: '2026-02-09 14:22:07,311 INFO  [dispatch] courier assigned: driver="Marc-André Gagnon" depot=Laval customer="Priya Venkataraman"', expect: [['PERSON', 'Marc-André Gagnon'], ['LOCATION', 'Laval'], ['PERSON', 'Priya Venkataraman']] },
  // 2 English (Kenya), log: syslog line, agent name, town in parentheses, supplier company
  { shape: 'log', text: 'Jun 11 06:58:30 mpesa-gw-3 reconcile[8812]: float top-up approved for agent Wanjiru Kamau (Nakuru) by Rift Valley Agro Supplies Ltd', expect: [['PERSON', 'Wanjiru Kamau'], ['LOCATION', 'Nakuru'], ['ORGANIZATION', 'Rift Valley Agro Supplies Ltd']] },
  // 3 English (Scotland), log: logfmt line, tenant, quoted Edinburgh address, deposit scheme
  { shape: 'log', text: 'level=info ts=2026-08-19T21:04:55Z svc=tenancy msg="deposit lodged" tenant="Eilidh MacAskill" property="17 Marchmont Crescent, Edinburgh EH9 1HN" scheme="Lothian Deposit Guard"', expect: [['PERSON', 'Eilidh MacAskill'], ['ADDRESS', '17 Marchmont Crescent, Edinburgh EH9 1HN'], ['ORGANIZATION', 'Lothian Deposit Guard']] },
  // 4 English (Philippines), log: error line, "Ma." abbreviated given name, city, pawnshop partner
  { shape: 'log', text: '[ERROR] 2026-04-30 10:15:02 remit.payout failed: beneficiary Ma. Lourdes Villanueva, pickup branch Iloilo City, partner Bayanihan Pawnshop', expect: [['PERSON', 'Ma. Lourdes Villanueva'], ['LOCATION', 'Iloilo City'], ['ORGANIZATION', 'Bayanihan Pawnshop']] },
  // 5 Polish, log: clinic booking with patient, doctor, clinic and town
  { shape: 'log', text: '2026-01-17 08:03:44 WARN rejestracja.wizyta pacjent="Zofia Wiśniewska" lekarz="Tomasz Zieliński" placówka="Przychodnia Pod Lipami" miasto=Toruń', expect: [['PERSON', 'Zofia Wiśniewska'], ['PERSON', 'Tomasz Zieliński'], ['ORGANIZATION', 'Przychodnia Pod Lipami'], ['LOCATION', 'Toruń']] },
  // 6 Vietnamese, log: delivery line with recipient and Hanoi street address
  { shape: 'log', text: '2026-07-03 19:41:26 INFO giao-hang: đơn #VN-44812 giao cho Trần Minh Khoa tại Số 18 Phố Hàng Bạc, quận Hoàn Kiếm, Hà Nội', expect: [['PERSON', 'Trần Minh Khoa'], ['ADDRESS', 'Số 18 Phố Hàng Bạc, quận Hoàn Kiếm, Hà Nội']] },
  // 7 English (New Zealand), log: HARD NEGATIVE, cron line with weekdays, months, campaign, build and team names
  { shape: 'log', text: '2026-11-02 03:00:00 INFO cron.weekly Monday Digest sent; template="Black Friday Early Access"; build="Nimbus 4.2 Release Candidate"; owner="Platform Team"; next_run="Tuesday December 1"', expect: [] },
  // 8 English (New Zealand), log: hut booking, Māori name, national park, guiding company
  { shape: 'log', text: 'Mar 22 17:30:12 bookings-api[311]: hut booking confirmed for Aroha Ngata, track=RB-2, park="Fiordland National Park", operator="Southern Alps Guiding Co"', expect: [['PERSON', 'Aroha Ngata'], ['LOCATION', 'Fiordland National Park'], ['ORGANIZATION', 'Southern Alps Guiding Co']] },

  // ---- JSON API payloads ----
  // 9 English (Singapore), json: nested customer with HDB block address, merchant
  { shape: 'json', text: '{"order_id":"SG-208817","customer":{"name":"Tan Wei Ming","address":"Blk 456 Ang Mo Kio Avenue 10, #08-1234, Singapore 560456"},"merchant":"Kopi Lah Roasters Pte Ltd"}', expect: [['PERSON', 'Tan Wei Ming'], ['ADDRESS', 'Blk 456 Ang Mo Kio Avenue 10, #08-1234, Singapore 560456'], ['ORGANIZATION', 'Kopi Lah Roasters Pte Ltd']] },
  // 10 English (South Africa), json: insurance claim, Zulu and Afrikaans names, town, insurer
  { shape: 'json', text: '{"claim":{"policyholder":"Thandiwe Nkosi","incident_location":"Pietermaritzburg","assessor":"Pieter van der Merwe","insurer":"Drakensberg Mutual Assurance"}}', expect: [['PERSON', 'Thandiwe Nkosi'], ['LOCATION', 'Pietermaritzburg'], ['PERSON', 'Pieter van der Merwe'], ['ORGANIZATION', 'Drakensberg Mutual Assurance']] },
  // 11 English (Ireland), json: appointment with apostrophe surname, clinic, Irish-language practitioner name, hospital
  { shape: 'json', text: '{"type":"appointment.booked","patient":"Cathal O\'Donoghue","clinic":"Ballincollig Physio Centre","practitioner":"Dr. Niamh Ní Bhriain","notes":"referred from Cork University Hospital"}', expect: [['PERSON', 'Cathal O\'Donoghue'], ['ORGANIZATION', 'Ballincollig Physio Centre'], ['PERSON', 'Niamh Ní Bhriain'], ['ORGANIZATION', 'Cork University Hospital']] },
  // 12 Swedish, json: delayed delivery, recipient, Swedish address with postcode, courier AB
  { shape: 'json', text: '{"händelse":"leverans.försenad","mottagare":"Linnea Bergqvist","adress":"Storgatan 12, 582 23 Linköping","transportör":"Östgöta Budtjänst AB"}', expect: [['PERSON', 'Linnea Bergqvist'], ['ADDRESS', 'Storgatan 12, 582 23 Linköping'], ['ORGANIZATION', 'Östgöta Budtjänst AB']] },
  // 13 Indonesian, json: person inside a message sentence, city, bank
  { shape: 'json', text: '{"status":"gagal","pesan":"Verifikasi KTP gagal untuk Dewi Anggraini Siregar","kota":"Medan","bank":"Bank Sumber Rejeki"}', expect: [['PERSON', 'Dewi Anggraini Siregar'], ['LOCATION', 'Medan'], ['ORGANIZATION', 'Bank Sumber Rejeki']] },
  // 14 English (Canada), json: HARD NEGATIVE, product listing with title-cased marketing fields
  { shape: 'json', text: '{"product":"Maple Glide Pro","category":"Winter Tires","headline":"Built For Canadian Roads","promo":"Boxing Day Doorcrasher","availability":"Ships Monday","badge":"Editor\'s Choice"}', expect: [] },
  // 15 English (Kenya), json: ride request, neighbourhood, airport named after a person (landmark), company
  { shape: 'json', text: '{"ticket_id":"KE-7731","rider":{"full_name":"Otieno Odhiambo","rating":4.8},"pickup":"Westlands","dropoff":"Jomo Kenyatta International Airport","company":"Simba Rides Ltd"}', expect: [['PERSON', 'Otieno Odhiambo'], ['LOCATION', 'Westlands'], ['LOCATION', 'Jomo Kenyatta International Airport'], ['ORGANIZATION', 'Simba Rides Ltd']] },
  // 16 Greek, json: hotel booking with Greek keys, guest, hotel, town
  { shape: 'json', text: '{"κράτηση":"GR-5520","πελάτης":"Ελένη Παπαδοπούλου","ξενοδοχείο":"Ξενοδοχείο Αιγαίο Μπλε","πόλη":"Ναύπλιο"}', expect: [['PERSON', 'Ελένη Παπαδοπούλου'], ['ORGANIZATION', 'Ξενοδοχείο Αιγαίο Μπλε'], ['LOCATION', 'Ναύπλιο']] },

  // ---- CSV rows ----
  // 17 English (Canada), csv with header: employee row, accented given name, city, cooperative
  { shape: 'csv', text: 'employee_id,full_name,office,employer\n4471,Geneviève Tremblay,Québec City,Laurentian Maple Cooperative', expect: [['PERSON', 'Geneviève Tremblay'], ['LOCATION', 'Québec City'], ['ORGANIZATION', 'Laurentian Maple Cooperative']] },
  // 18 English (Scotland), csv without header: quoted Inverness address, council
  { shape: 'csv', text: '2026-05-06,Hamish Fraser,"22 Bank Street, Inverness IV1 1QU",Highland Council,paid', expect: [['PERSON', 'Hamish Fraser'], ['ADDRESS', '22 Bank Street, Inverness IV1 1QU'], ['ORGANIZATION', 'Highland Council']] },
  // 19 English (Philippines), csv with header, semicolons: compound surname, barangay, city, school
  { shape: 'csv', text: 'name;barangay;city;school\nJuan Miguel Dela Cruz;San Roque;Marikina;Our Lady of Peace Academy', expect: [['PERSON', 'Juan Miguel Dela Cruz'], ['LOCATION', 'San Roque'], ['LOCATION', 'Marikina'], ['ORGANIZATION', 'Our Lady of Peace Academy']] },
  // 20 Romanian, csv with header: full name, town with diacritics, SRL employer
  { shape: 'csv', text: 'nume_complet,localitate,angajator\nIoana Popescu,Brașov,Carpați Logistic SRL', expect: [['PERSON', 'Ioana Popescu'], ['LOCATION', 'Brașov'], ['ORGANIZATION', 'Carpați Logistic SRL']] },
  // 21 English (New Zealand), csv with header: HARD NEGATIVE, planning table with months, weekdays, team and product names
  { shape: 'csv', text: 'Quarter,Month,Day,Team,Product,Owner Role,Status\nQ3,August,Wednesday,Blue Sharks,Fern Saver Plus,Product Manager,On Track\nQ4,October,Friday,Night Owls,Tui Budget Lite,Scrum Master,At Risk', expect: [] },
  // 22 Hungarian, csv without header: family-name-first person, Budapest address, Kft.
  { shape: 'csv', text: '2026.03.14;Kovács Eszter;1061 Budapest, Király utca 38.;Dunakanyar Kft.', expect: [['PERSON', 'Kovács Eszter'], ['ADDRESS', '1061 Budapest, Király utca 38.'], ['ORGANIZATION', 'Dunakanyar Kft.']] },
  // 23 English (South Africa), csv with header: learner, school, town
  { shape: 'csv', text: 'learner,grade,school,town\nSipho Dlamini,11,Umlazi Comprehensive High School,Durban', expect: [['PERSON', 'Sipho Dlamini'], ['ORGANIZATION', 'Umlazi Comprehensive High School'], ['LOCATION', 'Durban']] },
  // 24 English (Singapore), csv without header: Malay name with binti, town, facilities company
  { shape: 'csv', text: 'OPS-SG,2026-09-01,Nur Aisyah binti Rahman,Tampines,Merlion Facilities Management', expect: [['PERSON', 'Nur Aisyah binti Rahman'], ['LOCATION', 'Tampines'], ['ORGANIZATION', 'Merlion Facilities Management']] },

  // ---- E-mails with signatures ----
  // 25 English (Ireland), email: greeting first name, Dublin address with Eircode, signature name and company
  { shape: 'email', text: 'Subject: Lease renewal\n\nHi Siobhán,\n\nThe landlord has agreed to the new terms for the flat at 3 Glasthule Road, Sandycove, Co. Dublin A96 X2F3. Keys can be collected from our office on Friday.\n\nKind regards,\nFergal Ó Riain\nCliffview Lettings', expect: [['PERSON', 'Siobhán'], ['ADDRESS', '3 Glasthule Road, Sandycove, Co. Dublin A96 X2F3'], ['PERSON', 'Fergal Ó Riain'], ['ORGANIZATION', 'Cliffview Lettings']] },
  // 26 English (Kenya), email: headers, town in subject, greeting, signature with trading company
  { shape: 'email', text: 'From: logistics@lakebasin.example\nTo: procurement@lakebasin.example\nSubject: Delayed consignment to Kisumu\n\nDear Achieng,\n\nThe maize consignment is still held at the border post pending clearance.\n\nRegards,\nKiprono Langat\nLake Basin Grain Traders', expect: [['LOCATION', 'Kisumu'], ['PERSON', 'Achieng'], ['PERSON', 'Kiprono Langat'], ['ORGANIZATION', 'Lake Basin Grain Traders']] },
  // 27 English (Scotland), email: town in body, signature name, arts trust, e-mail line
  { shape: 'email', text: 'Hi all,\n\nQuick reminder that the ceilidh moves to the village hall in Portree this Saturday.\n\nCheers,\nMorag Sinclair\nSkye Community Arts Trust\nmorag@skyearts.example', expect: [['LOCATION', 'Portree'], ['PERSON', 'Morag Sinclair'], ['ORGANIZATION', 'Skye Community Arts Trust']] },
  // 28 Polish, email: vocative given name after honorific, inflected street address, signature with Sp. z o.o.
  { shape: 'email', text: 'Temat: Faktura 2026/03/118\n\nDzień dobry Pani Agnieszko,\n\nw załączeniu przesyłam fakturę za dostawę do magazynu przy ul. Długiej 14, 80-831 Gdańsk.\n\nZ poważaniem\nMarek Kowalczyk\nBałtyk-Trans Sp. z o.o.', expect: [['PERSON', 'Agnieszko'], ['ADDRESS', 'ul. Długiej 14, 80-831 Gdańsk'], ['PERSON', 'Marek Kowalczyk'], ['ORGANIZATION', 'Bałtyk-Trans Sp. z o.o.']] },
  // 29 English (Singapore), email: honorific plus surname, block address with unit, signature
  { shape: 'email', text: 'Hi Mr Lim,\n\nYour unit inspection at Blk 21 Jalan Bukit Merah, #05-02, Singapore 150021 is confirmed for Thursday 10am.\n\nBest,\nFarah Nadia Osman\nLion City Property Services', expect: [['PERSON', 'Lim'], ['ADDRESS', 'Blk 21 Jalan Bukit Merah, #05-02, Singapore 150021'], ['PERSON', 'Farah Nadia Osman'], ['ORGANIZATION', 'Lion City Property Services']] },
  // 30 English (Canada), email: HARD NEGATIVE, internal planning mail with headings, weekdays and a product tagline
  { shape: 'email', text: 'Subject: Q4 Planning – Thursday Kickoff\n\nHi Team,\n\nPlease review the Summer Launch Retrospective and the Customer Success Playbook before Thursday. Agenda: Welcome, Roadmap Review, Budget Update, Next Steps.\n\nThanks,\nProgram Management\nNorthstar Suite | Make Every Sprint Count', expect: [] },
  // 31 Vietnamese, email: recipient after kinship honorific, hotel, city, signature
  { shape: 'email', text: 'Tiêu đề: Xác nhận đặt phòng\n\nKính gửi chị Phạm Thu Hà,\n\nKhách sạn Sông Hương xin xác nhận phòng của chị tại Huế từ ngày 12 đến 14 tháng 6.\n\nTrân trọng,\nLê Quốc Bảo\nBộ phận Lễ tân', expect: [['PERSON', 'Phạm Thu Hà'], ['ORGANIZATION', 'Khách sạn Sông Hương'], ['LOCATION', 'Huế'], ['PERSON', 'Lê Quốc Bảo']] },

  // ---- Support tickets ----
  // 32 English (Canada), ticket: pipe header with reporter, Toronto address, carrier
  { shape: 'ticket', text: 'Ticket #CA-55102 | Priority: High | Reporter: Mathieu Bouchard\nCustomer says the router shipped to 88 Wellington Street West, Toronto, ON M5K 1A1 never arrived. Carrier: Great Lakes Parcel.', expect: [['PERSON', 'Mathieu Bouchard'], ['ADDRESS', '88 Wellington Street West, Toronto, ON M5K 1A1'], ['ORGANIZATION', 'Great Lakes Parcel']] },
  // 33 English (Philippines), ticket: requester, district and city, water utility
  { shape: 'ticket', text: '[SR-2026-0912] Status: Open\nRequester: Jose Emmanuel Bautista\nIssue: Water interruption since Tuesday in Lahug, Cebu City. Please escalate to Visayan Water Utilities.', expect: [['PERSON', 'Jose Emmanuel Bautista'], ['LOCATION', 'Lahug'], ['LOCATION', 'Cebu City'], ['ORGANIZATION', 'Visayan Water Utilities']] },
  // 34 English (New Zealand), ticket: assignee, town, company with apostrophe
  { shape: 'ticket', text: 'INC0048812 – Assigned to: Tama Rangihuna\nCaller reports the EFTPOS terminal at the Napier branch of Hawke\'s Bay Hardware is offline.', expect: [['PERSON', 'Tama Rangihuna'], ['LOCATION', 'Napier'], ['ORGANIZATION', 'Hawke\'s Bay Hardware']] },
  // 35 Romanian, ticket: client, Cluj address with postcode, courier
  { shape: 'ticket', text: 'Tichet #RO-3381 – Prioritate: medie\nClient: Andrei Munteanu\nProblemă: coletul trimis la Strada Memorandumului nr. 21, Cluj-Napoca 400114 a fost returnat de Transilvania Curier.', expect: [['PERSON', 'Andrei Munteanu'], ['ADDRESS', 'Strada Memorandumului nr. 21, Cluj-Napoca 400114'], ['ORGANIZATION', 'Transilvania Curier']] },
  // 36 English (South Africa), ticket: HARD NEGATIVE, billing ticket with product, tier and weekday labels
  { shape: 'ticket', text: 'Ticket #4410 | Category: Billing | Product: Braai Master Deluxe | Assigned Group: Tier Two Support\nSummary: Black Friday Voucher not applied at Checkout; Customer Tier: Gold; SLA Breach Warning due Wednesday.', expect: [] },
  // 37 Greek, ticket: requester, Thessaloniki address, courier in genitive
  { shape: 'ticket', text: 'Αίτημα #GR-1029 – Προτεραιότητα: Υψηλή\nΑιτών: Γιώργος Αντωνίου\nΔιεύθυνση παράδοσης: Λεωφόρος Νίκης 14, 546 22 Θεσσαλονίκη\nΣχόλιο: ο κούριερ της Αιγαίας Ταχυμεταφορικής δεν εμφανίστηκε.', expect: [['PERSON', 'Γιώργος Αντωνίου'], ['ADDRESS', 'Λεωφόρος Νίκης 14, 546 22 Θεσσαλονίκη'], ['ORGANIZATION', 'Αιγαίας Ταχυμεταφορικής']] },
  // 38 Hungarian, ticket: family-name-first reporter, town field, Zrt. carrier
  { shape: 'ticket', text: 'Hibajegy #HU-772 – Bejelentő: Szabó Gergely\nHelyszín: Debrecen\nLeírás: a csomag nem érkezett meg, a szállító az Alföld Expressz Zrt. volt.', expect: [['PERSON', 'Szabó Gergely'], ['LOCATION', 'Debrecen'], ['ORGANIZATION', 'Alföld Expressz Zrt.']] },

  // ---- Chat transcripts ----
  // 39 English (Scotland), chat: time stamps and nicknames, two towns, person, bakery
  { shape: 'chat', text: '[09:14] hamish_f: anyone heading up to Fort William tomorrow?\n[09:15] kirsty.m: aye, Callum Munro is driving from Stirling at 7\n[09:16] hamish_f: brilliant, tell him to grab rolls at Ben Nevis Bakehouse', expect: [['LOCATION', 'Fort William'], ['PERSON', 'Callum Munro'], ['LOCATION', 'Stirling'], ['ORGANIZATION', 'Ben Nevis Bakehouse']] },
  // 40 English (South Africa), chat: IRC-style nicknames, single given name, town, estate agency
  { shape: 'chat', text: '<lwazi> howzit, did Nomvula get the keys for the place in Stellenbosch?\n<janine_vr> ja, the agent from Cape Winelands Realty dropped them off\n<lwazi> lekker', expect: [['PERSON', 'Nomvula'], ['LOCATION', 'Stellenbosch'], ['ORGANIZATION', 'Cape Winelands Realty']] },
  // 41 Indonesian, chat: dotted time stamps, person after Pak honorific, city, PT company
  { shape: 'chat', text: '[08.02] rina_w: Pak Budi Santoso sudah sampai di Bandung?\n[08.05] budi.s: Sudah, sekarang di kantor PT Sinar Parahyangan\n[08.06] rina_w: Oke, rapat jam 10 ya', expect: [['PERSON', 'Budi Santoso'], ['LOCATION', 'Bandung'], ['ORGANIZATION', 'PT Sinar Parahyangan']] },
  // 42 Swedish, chat: nicknames, person, forestry company, town
  { shape: 'chat', text: '14:02 <erik_l> har ni hört att Maja Lindqvist börjar på Norrlands Skogsbruk AB?\n14:03 <sanna> ja, hon flyttar till Umeå i augusti', expect: [['PERSON', 'Maja Lindqvist'], ['ORGANIZATION', 'Norrlands Skogsbruk AB'], ['LOCATION', 'Umeå']] },
  // 43 English (Ireland), chat: HARD NEGATIVE, bot and team chat with release names, weekdays and statuses
  { shape: 'chat', text: '[10:01] devops_bot: Deploy Friday Freeze starts 17:00\n[10:02] ck_ops: Release Notes for Harbour Lights v3 are up; Sprint Review on Monday\n[10:03] devops_bot: Status: Green | Owner: Platform Guild | Next Window: Tuesday', expect: [] },
  // 44 English (Canada), chat: full-date stamps, kinship title left out, city, first name, pharmacy
  { shape: 'chat', text: '[2026-10-04 18:22] maplefan88: who\'s taking Aunt Shirley to the airport in Moncton?\n[2026-10-04 18:24] jb_nb: Olivier can, he\'s off from Acadia Pharmacy after 5', expect: [['PERSON', 'Shirley'], ['LOCATION', 'Moncton'], ['PERSON', 'Olivier'], ['ORGANIZATION', 'Acadia Pharmacy']] },
  // 45 Greek, chat: person with article, city, hospital name containing the city in genitive
  { shape: 'chat', text: '[21:05] nikos_k: Η Κατερίνα Βλάχου έφτασε στο Ηράκλειο;\n[21:06] maria.p: Ναι, δουλεύει πλέον στο Πανεπιστημιακό Νοσοκομείο Ηρακλείου', expect: [['PERSON', 'Κατερίνα Βλάχου'], ['LOCATION', 'Ηράκλειο'], ['ORGANIZATION', 'Πανεπιστημιακό Νοσοκομείο Ηρακλείου']] },

  // ---- Free prose: news, letters, reviews, travel blogs ----
  // 46 English (Kenya), news: upper-case dateline, official, institute, coastal town
  { shape: 'news', text: 'MOMBASA — Fisheries officer Halima Abdallah said on Tuesday that the Kenya Marine Research Institute would survey reefs near Watamu before the monsoon.', expect: [['LOCATION', 'MOMBASA'], ['PERSON', 'Halima Abdallah'], ['ORGANIZATION', 'Kenya Marine Research Institute'], ['LOCATION', 'Watamu']] },
  // 47 English (Ireland), letter: letter to the editor, town, county council, signature
  { shape: 'letter', text: 'Dear Editor,\nAs a parent in Ennis, I was disappointed that Clare County Council closed the playground beside the river without any notice.\nYours faithfully,\nDeirdre Moloney', expect: [['LOCATION', 'Ennis'], ['ORGANIZATION', 'Clare County Council'], ['PERSON', 'Deirdre Moloney']] },
  // 48 English (Philippines), prose: travel blog, province, town, beach landmark, guide
  { shape: 'prose', text: 'Day 3 of our Palawan trip: we took a tricycle from El Nido town to Nacpan Beach, where our guide Rommel Pascual pointed out the twin coves.', expect: [['LOCATION', 'Palawan'], ['LOCATION', 'El Nido'], ['LOCATION', 'Nacpan Beach'], ['PERSON', 'Rommel Pascual']] },
  // 49 English (New Zealand), prose: review, lodge with macron, town with macron, host with Māori name
  { shape: 'prose', text: 'Stayed three nights at Kererū Lodge in Ōhakune. Our host, Mere Te Awa, recommended the cycle trail and it was stunning!', expect: [['ORGANIZATION', 'Kererū Lodge'], ['LOCATION', 'Ōhakune'], ['PERSON', 'Mere Te Awa']] },
  // 50 Hungarian, news: dateline, family-name-first researcher, university, river
  { shape: 'news', text: 'SZEGED — Tóth Ádám, a Szegedi Tudományegyetem kutatója szerint a Tisza vízszintje a hét végére tetőzik.', expect: [['LOCATION', 'SZEGED'], ['PERSON', 'Tóth Ádám'], ['ORGANIZATION', 'Szegedi Tudományegyetem'], ['LOCATION', 'Tisza']] },
  // 51 English (Singapore), prose: HARD NEGATIVE, food review full of title-cased dish names and opening hours
  { shape: 'prose', text: 'Five Stars for the Hawker Heritage Set! The Laksa Supreme and Chilli Crab Bun were Chef\'s Picks on Sunday. Best Value, Great Service, Will Return. Open Monday to Saturday, Closed on Public Holidays.', expect: [] },
  // 52 Romanian, letter: honorific left out, county hospital, signature
  { shape: 'letter', text: 'Stimată doamnă Elena Dumitrescu,\n\nVă informăm că dosarul dumneavoastră a fost transferat la Spitalul Județean de Urgență Constanța.\n\nCu stimă,\nMihai Stoica', expect: [['PERSON', 'Elena Dumitrescu'], ['ORGANIZATION', 'Spitalul Județean de Urgență Constanța'], ['PERSON', 'Mihai Stoica']] },
  // 53 Indonesian, news: dateline, Balinese name, food stall, beach district
  { shape: 'news', text: 'DENPASAR — Wayan Sudarma, pemilik Warung Segara di Sanur, mengatakan jumlah wisatawan mancanegara naik tajam bulan ini.', expect: [['LOCATION', 'DENPASAR'], ['PERSON', 'Wayan Sudarma'], ['ORGANIZATION', 'Warung Segara'], ['LOCATION', 'Sanur']] },

  // ---- Forms and key-value records ----
  // 54 English (South Africa), form: applicant, Soweto address block, (Pty) Ltd employer
  { shape: 'form', text: 'Full name: Lerato Mokoena\nID type: Passport\nResidential address: 14 Vilakazi Street, Orlando West, Soweto, 1804\nEmployer: Gauteng Solar Installations (Pty) Ltd', expect: [['PERSON', 'Lerato Mokoena'], ['ADDRESS', '14 Vilakazi Street, Orlando West, Soweto, 1804'], ['ORGANIZATION', 'Gauteng Solar Installations (Pty) Ltd']] },
  // 55 English (Kenya), form: pipe-separated fields, three-part name, county, institute, next of kin
  { shape: 'form', text: 'Name of applicant: Njeri Wambui Mwangi | County: Kiambu | Institution: Mugumo Technical Institute | Next of kin: Peter Mwangi Kariuki', expect: [['PERSON', 'Njeri Wambui Mwangi'], ['LOCATION', 'Kiambu'], ['ORGANIZATION', 'Mugumo Technical Institute'], ['PERSON', 'Peter Mwangi Kariuki']] },
  // 56 English (Singapore), form: upper-case keys, Tamil name with s/o, block address, Pte Ltd
  { shape: 'form', text: 'NAME: Rajesh s/o Kumaran\nADDRESS: Blk 112 Bishan Street 12, #11-305, Singapore 570112\nCOMPANY: Straits Harbour Engineering Pte Ltd', expect: [['PERSON', 'Rajesh s/o Kumaran'], ['ADDRESS', 'Blk 112 Bishan Street 12, #11-305, Singapore 570112'], ['ORGANIZATION', 'Straits Harbour Engineering Pte Ltd']] },
  // 57 Polish, form: name, Łódź address with flat number, S.A. employer
  { shape: 'form', text: 'Imię i nazwisko: Katarzyna Lewandowska\nAdres zamieszkania: ul. Piotrkowska 112/5, 90-006 Łódź\nPracodawca: Łódzkie Zakłady Tekstylne S.A.', expect: [['PERSON', 'Katarzyna Lewandowska'], ['ADDRESS', 'ul. Piotrkowska 112/5, 90-006 Łódź'], ['ORGANIZATION', 'Łódzkie Zakłady Tekstylne S.A.']] },
  // 58 Swedish, form: name, town, AB employer, contact person
  { shape: 'form', text: 'Namn: Oskar Nyström\nOrt: Kiruna\nArbetsgivare: Malmfältens Gruvservice AB\nKontaktperson: Ingrid Holm', expect: [['PERSON', 'Oskar Nyström'], ['LOCATION', 'Kiruna'], ['ORGANIZATION', 'Malmfältens Gruvservice AB'], ['PERSON', 'Ingrid Holm']] },
  // 59 English (Scotland), form: HARD NEGATIVE, leave request with department, job title, weekdays, month and system name
  { shape: 'form', text: 'Form Title: Annual Leave Request\nDepartment: Finance\nJob Title: Senior Accounts Assistant\nStart Day: Monday\nEnd Day: Friday\nMonth: July\nApproval Status: Pending Line Manager Review\nSystem: PeoplePortal Cloud', expect: [] },
  // 60 Vietnamese, form: name, Saigon address with ward and district, TNHH company
  { shape: 'form', text: 'Họ và tên: Võ Thị Ngọc Ánh\nĐịa chỉ: 27 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh\nNơi làm việc: Công ty TNHH Phương Nam Xanh', expect: [['PERSON', 'Võ Thị Ngọc Ánh'], ['ADDRESS', '27 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'], ['ORGANIZATION', 'Công ty TNHH Phương Nam Xanh']] },
];
