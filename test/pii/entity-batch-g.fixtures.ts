import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch G, written for this project on 2026-11-26 and scored once before any rule was looked at for
 * it (a measure of how the PERSON / LOCATION / ADDRESS layer generalises, not a tuning set). Shapes a
 * gateway and a data set see: chat, e-mail, tickets, JSON records, CSV rows, logs, forms, news prose,
 * transcripts; names of many cultures; places inside and outside addresses; European and Asian address
 * orders. About a fifth are hard negatives. No text is taken from a data set. Transcripts are filed
 * under 'chat' and 'meeting' (the shapes the fixture type knows).
 */
export const BATCH_G: ShapeFixture[] = [
  // Chat
  { shape: 'chat', text: "hey, can you check why Mehmet Kaya's order is stuck? he's in Izmir and paid on Tuesday", expect: [['PERSON', 'Mehmet Kaya'], ['LOCATION', 'Izmir']] },
  { shape: 'chat', text: 'Customer: Hi, I need to change the delivery address to Kastanienallee 12, 10435 Berlin.\nAgent: Of course, may I have your name?\nCustomer: Annika Vogt', expect: [['ADDRESS', 'Kastanienallee 12, 10435 Berlin'], ['PERSON', 'Annika Vogt']] },
  { shape: 'case', text: 'ok so my landlord kwame never returned the deposit, im in accra now', expect: [['PERSON', 'kwame'], ['LOCATION', 'accra']] },
  { shape: 'chat', text: 'Is Thandiwe still handling the Johannesburg accounts or did Pieter take over?', expect: [['PERSON', 'Thandiwe'], ['LOCATION', 'Johannesburg'], ['PERSON', 'Pieter']] },
  // E-mail
  { shape: 'email', text: 'From: Haruto Yamamoto <h.yamamoto@example.jp>\nSubject: Visit to Kyoto office\n\nHello Amelia,\nI will arrive on the 14th. Could Kenji meet me at the station?\n\nHaruto', expect: [['PERSON', 'Haruto Yamamoto'], ['LOCATION', 'Kyoto'], ['PERSON', 'Amelia'], ['PERSON', 'Kenji'], ['PERSON', 'Haruto']] },
  { shape: 'email', text: 'Dear Mrs. Papadopoulos,\n\nYour appointment with Dr. Ines Carvalho has been moved to Thursday.\n\nKind regards,\nClinic reception', expect: [['PERSON', 'Papadopoulos'], ['PERSON', 'Ines Carvalho']] },
  { shape: 'email', text: 'Please send the signed lease to our Rotterdam branch: Coolsingel 40, 3011 AD Rotterdam, Netherlands. Ask for Femke.', expect: [['LOCATION', 'Rotterdam'], ['ADDRESS', 'Coolsingel 40, 3011 AD Rotterdam, Netherlands'], ['PERSON', 'Femke']] },
  // Tickets
  { shape: 'ticket', text: 'JIRA-4471 | Reporter: Agnieszka Zielińska | Assignee: Rafael Ortega | Summary: export fails for users in Brazil', expect: [['PERSON', 'Agnieszka Zielińska'], ['PERSON', 'Rafael Ortega'], ['LOCATION', 'Brazil']] },
  { shape: 'ticket', text: 'Customer Oyelaran called twice about the outage in Ibadan. Callback requested by end of day.', expect: [['PERSON', 'Oyelaran'], ['LOCATION', 'Ibadan']] },
  { shape: 'ticket', text: 'Priority: High\nRequester: Bui Thanh Huong\nLocation: Da Nang\nIssue: VPN drops every 10 minutes', expect: [['PERSON', 'Bui Thanh Huong'], ['LOCATION', 'Da Nang']] },
  // JSON records
  { shape: 'json', text: '{"id": 9912, "patient": {"given": "Amaru", "family": "Quispe"}, "city": "Cusco", "country": "Peru"}', expect: [['PERSON', 'Amaru'], ['PERSON', 'Quispe'], ['LOCATION', 'Cusco'], ['LOCATION', 'Peru']] },
  { shape: 'json', text: '{"from": "Lisbon", "to": "Reykjavík", "traveller": "Björk Sigurðardóttir", "class": "economy"}', expect: [['LOCATION', 'Lisbon'], ['LOCATION', 'Reykjavík'], ['PERSON', 'Björk Sigurðardóttir']] },
  { shape: 'json', text: '{"shipTo": {"name": "Chen Jiahui", "line1": "Room 1203, 88 Century Avenue", "city": "Shanghai", "postcode": "200120"}}', expect: [['PERSON', 'Chen Jiahui'], ['ADDRESS', 'Room 1203, 88 Century Avenue'], ['LOCATION', 'Shanghai']] },
  { shape: 'json', text: '{"comment": "Spoke with Fernando about the Valencia site visit; he will bring Lucía.", "author_id": 42}', expect: [['PERSON', 'Fernando'], ['LOCATION', 'Valencia'], ['PERSON', 'Lucía']] },
  // CSV rows
  { shape: 'csv', text: 'name,role,city\nAdaeze Okafor,Nurse,Enugu\nMarcus Lindqvist,Porter,Malmö\nPham Minh Chau,Doctor,Hue', expect: [['PERSON', 'Adaeze Okafor'], ['LOCATION', 'Enugu'], ['PERSON', 'Marcus Lindqvist'], ['LOCATION', 'Malmö'], ['PERSON', 'Pham Minh Chau'], ['LOCATION', 'Hue']] },
  { shape: 'csv', text: 'order;buyer;ship_to\n1001;Giorgos Nikolaidis;Odos Ermou 25, 105 63 Athina\n1002;Leilani Kahale;1450 Ala Moana Blvd, Honolulu, HI 96814', expect: [['PERSON', 'Giorgos Nikolaidis'], ['ADDRESS', 'Odos Ermou 25, 105 63 Athina'], ['PERSON', 'Leilani Kahale'], ['ADDRESS', '1450 Ala Moana Blvd, Honolulu, HI 96814']] },
  // Logs
  { shape: 'log', text: '2026-11-02T08:15:44Z INFO booking.created guest="Aiyana Redcloud" property="Lakeview Inn" city=Banff nights=3', expect: [['PERSON', 'Aiyana Redcloud'], ['LOCATION', 'Banff']] },
  { shape: 'log', text: 'WARN [kyc] name mismatch: document says "MUHAMMAD ASIF IQBAL", profile says "Asif Iqbal"', expect: [['PERSON', 'MUHAMMAD ASIF IQBAL'], ['PERSON', 'Asif Iqbal']] },
  // Forms
  { shape: 'form', text: 'Name: Saoirse Ní Bhriain\nDate of birth: 04/09/1988\nAddress: 22 Dominick Street, Galway H91 X2E7\nNext of kin: Cathal Ó Briain', expect: [['PERSON', 'Saoirse Ní Bhriain'], ['ADDRESS', '22 Dominick Street, Galway H91 X2E7'], ['PERSON', 'Cathal Ó Briain']] },
  { shape: 'form', text: 'Emergency contact: Ravi Shankar Pillai (brother)\nPhone: +91 98470 12345\nHome town: Thrissur, Kerala', expect: [['PERSON', 'Ravi Shankar Pillai'], ['LOCATION', 'Thrissur'], ['LOCATION', 'Kerala']] },
  { shape: 'form', text: 'Delivery to: Sato Yuki, 2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002', expect: [['PERSON', 'Sato Yuki'], ['ADDRESS', '2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002']] },
  // News
  { shape: 'news', text: "Kenyan runner Faith Chepngetich won the women's race in Eldoret, ahead of Ethiopia's Tigist Assefa.", expect: [['PERSON', 'Faith Chepngetich'], ['LOCATION', 'Eldoret'], ['LOCATION', 'Ethiopia'], ['PERSON', 'Tigist Assefa']] },
  { shape: 'news', text: 'Flooding closed roads between Porto Alegre and Canoas on Monday, Governor Eduardo Leite said.', expect: [['LOCATION', 'Porto Alegre'], ['LOCATION', 'Canoas'], ['PERSON', 'Eduardo Leite']] },
  { shape: 'news', text: 'Prime Minister Jacinda Ardern visited Christchurch with police commissioner Mike Bush.', expect: [['PERSON', 'Jacinda Ardern'], ['LOCATION', 'Christchurch'], ['PERSON', 'Mike Bush']] },
  { shape: 'news', text: 'The exhibition, curated by Anjali Raghunathan, moves from Chennai to Singapore in March.', expect: [['PERSON', 'Anjali Raghunathan'], ['LOCATION', 'Chennai'], ['LOCATION', 'Singapore']] },
  // Transcripts
  { shape: 'chat', text: 'Interviewer: Where did you grow up?\nAmadou: In Bamako, mostly. My uncle Seydou ran a shop near the river.', expect: [['PERSON', 'Amadou'], ['LOCATION', 'Bamako'], ['PERSON', 'Seydou']] },
  { shape: 'chat', text: '[00:01:12] Dr. Halvorsen: Mrs. Eriksen, how has the pain been since we met in Bergen?\n[00:01:20] Patient: Better, thank you.', expect: [['PERSON', 'Halvorsen'], ['PERSON', 'Eriksen'], ['LOCATION', 'Bergen']] },
  { shape: 'meeting', text: 'Standup 11/26\n- Olamide: finished the Lagos payout report\n- Jakub: blocked on the Prague data export\n- Mei-Ling: out sick', expect: [['PERSON', 'Olamide'], ['LOCATION', 'Lagos'], ['PERSON', 'Jakub'], ['LOCATION', 'Prague'], ['PERSON', 'Mei-Ling']] },
  // Prose and other casings
  { shape: 'prose', text: 'My flatmate Zainab is from Peshawar, and her fiancé Bilal lives in Manchester.', expect: [['PERSON', 'Zainab'], ['LOCATION', 'Peshawar'], ['PERSON', 'Bilal'], ['LOCATION', 'Manchester']] },
  { shape: 'prose', text: "Write a short speech for Grandpa Teodoro's 80th birthday; the family is flying in from Cebu and Davao.", expect: [['PERSON', 'Teodoro'], ['LOCATION', 'Cebu'], ['LOCATION', 'Davao']] },
  { shape: 'prose', text: 'Ngaio and her partner Tāne are renting a bach near Raglan for the summer.', expect: [['PERSON', 'Ngaio'], ['PERSON', 'Tāne'], ['LOCATION', 'Raglan']] },
  { shape: 'case', text: 'ATTN: MARIA KONSTANTINOU - PARCEL HELD AT THESSALONIKI DEPOT', expect: [['PERSON', 'MARIA KONSTANTINOU'], ['LOCATION', 'THESSALONIKI']] },
  { shape: 'case', text: 'can u remind aleksander that the meeting w/ dr. nowicka moved to krakow', expect: [['PERSON', 'aleksander'], ['PERSON', 'nowicka'], ['LOCATION', 'krakow']] },
  // Addresses in European and Asian orders
  { shape: 'prose', text: 'Our new office is at Via Roma 15, 20121 Milano. Parking is behind the building.', expect: [['ADDRESS', 'Via Roma 15, 20121 Milano']] },
  { shape: 'prose', text: 'Send samples to Lee Min-jun, 12 Teheran-ro 5-gil, Gangnam-gu, Seoul 06234, South Korea.', expect: [['PERSON', 'Lee Min-jun'], ['ADDRESS', '12 Teheran-ro 5-gil, Gangnam-gu, Seoul 06234, South Korea']] },
  { shape: 'form', text: 'Dirección de entrega: Calle de Alcalá 48, 3º izq., 28014 Madrid', expect: [['ADDRESS', 'Calle de Alcalá 48, 3º izq., 28014 Madrid']] },

  // Hard negatives: nothing of these types
  { shape: 'negative', text: 'Summarise chapter 3 of The Old Man and the Sea for a Year 9 class.', expect: [] },
  { shape: 'negative', text: "Merge branch 'feature/Stripe-Webhooks' into Main\n\nReviewed-by: CI Bot", expect: [] },
  { shape: 'negative', text: 'Set Time Zone to Pacific Time and Currency to Euro in Account Settings.', expect: [] },
  { shape: 'negative', text: 'Apply the Gaussian Blur filter, then use Content-Aware Fill to remove the background.', expect: [] },
  { shape: 'negative', text: "Who won the Ballon d'Or in 2018, and was it before the Champions League final?", expect: [] },
  { shape: 'negative', text: 'Our Q4 OKRs: Grow Enterprise ARR, Reduce Churn, Launch Partner Portal.', expect: [] },
  { shape: 'negative', text: 'Please convert Celsius to Fahrenheit for these readings: 21, 23.5, 19.', expect: [] },
  { shape: 'negative', text: 'Order #4482: 2x Jasmine Green Tea, 1x Earl Grey, ship by Friday.', expect: [] },
  { shape: 'negative', text: "Error: Cannot find module 'express' imported from /app/server.js", expect: [] },
];
