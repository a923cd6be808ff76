import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch AE: 100 hand-written records for PERSON, LOCATION and ADDRESS (ORGANIZATION labelled but scored
 * apart) in the style of SYNTHETIC PII data sets made by generators, the kind an outside evaluator is
 * likely to use: Faker-style templates filled with generated names, streets and towns in many locales
 * (en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES, es_MX, it_IT, pt_BR, nl_NL, pl_PL, sv_SE, tr_TR,
 * ja_JP, zh_CN, ko_KR, Arabic and Russian, the last five romanized), Faker profile dumps, Synthea-style
 * patient CSV, LLM-written "realistic" customer messages, HR records, medical intake notes, legal
 * letters, privacy-masking corpus sentences ("My name is X and I live at Y") and machine containers
 * (JSON, Python dict repr, CSV, key: value, logs).
 * Generator quirks on purpose: invented towns that look real (Port Jessicaside, Lake Brandonmouth, North
 * Amandaberg, Neu Elia, Bad Jannikburg, Borgo Filiberto salentino, Guillotboeuf, Vieja Libia, Peixoto de
 * Minas, Shuzhen Shi, Jihun-dong), streets built from surnames or full names (Kuhn Ports, Schinner
 * Crossing, rue de Marchand, Callejón de Begoña Morales, Ladeira Maria Clara Fernandes), apartment and
 * suite lines, lower-case en_GB street suffixes ("Holmes forge"), es_MX "Edif. 456 , Depto. 789", US
 * military APO/FPO/DPO addresses, postcodes in each locale's shape, middle initials, Jr./III, hyphenated
 * and double surnames, titles and post-nominals, ALL CAPS form fields, digit-suffixed Synthea names, and
 * the same person named twice (full name, then surname).
 * Records 1-88 have values (1-16 en_US, 17-23 en_GB, 24-28 en_AU, 29-33 en_IN, 34-39 de_DE, 40-44 fr_FR,
 * 45-48 es_ES, 49-52 es_MX, 53-56 it_IT, 57-61 pt_BR, 62-64 nl_NL, 65-67 pl_PL, 68-70 sv_SE, 71-73 tr_TR,
 * 74-76 ja_JP, 77-79 zh_CN, 80-82 ko_KR, 83-85 Arabic, 86-88 Russian); records 89-100 are 12 hard
 * negatives (expect: []) full of capitalised non-names: Faker commerce products, catch phrases and job
 * titles, UI strings (English and German), medical eponyms, legal boilerplate, an empty form, masked
 * and templated text, Faker.js product blurbs, a slogan, policy headings and a log line.
 * No value in this batch looks like a credential; names, streets and towns are invented or common real
 * ones. Written blind on 2026-11-28 by a helper who read no detector code, tests or data (only the
 * layout file entity-batch-ac.fixtures.ts and the ShapeFixture type).
 *
 * Labelling conventions: exactly those of batch AC (PERSON as written without titles, every mention
 * listed; an address block is one ADDRESS; when fields split an address, the street line is the ADDRESS
 * and separate town, region or country fields are LOCATION; places inside organisation names are not
 * LOCATION; Turkish case suffixes after an apostrophe are left out).
 *
 * Judgment calls:
 * - Titles, honorifics, ranks and post-nominals are outside the PERSON value: Dr., Prof. Dr., Dipl.-Ing.,
 *   Univ.Prof., Dr. med., dr n. med., dhr. ir., mevr. drs., Lic., Ing., C. (ciudadano), D./Dña., Sig.ra,
 *   Dott., Sig., Sr./Sra./Dra., Maître, Shri, MRS., SSgt/Sgt./Lt., -sama, Bey, and MD/DDS/PhD/Esq.
 *   Generational suffixes are part of the name: "Robert L. Kuhlman Jr." (6), "marcus webb jr" (10),
 *   "DUBUQUE III" (12, a surname even though Dubuque is also a city).
 * - An inverted "SURNAME, Given" name in one field is one PERSON value: "GLEASON, AMANDA R." (8),
 *   "Schwital, Ortrud" (37). Separate first/last/maiden fields are separate values.
 * - Synthea-style digit-suffixed names ("Jacinta641", "Kris249", "Glover433") are PERSON with the digits.
 *   Synthea's BIRTHPLACE "Worcester Massachusetts US" is three LOCATION values.
 * - Invented generator towns and districts are labelled exactly like real ones (LOCATION alone, part of
 *   the ADDRESS inside a block), including lower-case Italian suffixes ("Borgo Filiberto salentino",
 *   "Settimo Rosalba lido", "Quarto Ugo sardo") and "Guiying County".
 * - Inside a JSON or Python-repr string an address with escaped line breaks is one ADDRESS whose value
 *   contains the two characters backslash and n (2, 17, 49).
 * - Split fields: a separate "line2"/unit field ("Apt. 341", 14) is its own ADDRESS; a bare postcode
 *   field is not labelled; a combined "Postcode/plaats: 5611 AB Eindhoven" field (63) gives LOCATION
 *   "Eindhoven" only; suburb, bairro and ilçe fields (25, 59, 73) are LOCATION.
 * - A work location without a street ("Lake Ryanmouth, ID", 6) is two LOCATION values, not an ADDRESS.
 * - US military addresses (4: "Unit 8071 Box 2210, DPO AP 96522", "PSC 4115, Box 7815, APO AE 09021")
 *   are ADDRESS. Romanized Japanese, Chinese, Korean and Russian address strings in generator order
 *   (74-88) are one ADDRESS each, including building names ("Corp Ginza 101", "Heights Yamashita 305").
 * - Names inside e-mail addresses and user names ("kimberly48", "jgleason") are not labelled.
 * - Streets and districts named after people or places are only part of the ADDRESS: Kuhn Ports, Amanda
 *   Shoals, boulevard Lucas, Via Garibaldi, Atatürk Cad., al. Jana Pawła II, Prince Sultan Street, ul.
 *   Lenina, Hefei Lu, Jihun-dong, Gotthilf-Trupp-Platz, Femkeplein, Jorisstraat.
 * - Surnames inside company names are ORGANIZATION only ("Schinner, Gleason and Hahn", "Kuhn-Schinner",
 *   "Kuhn Logistik GmbH"); "Barreau de Lyon" (43) and "Ballarat Base Hospital" (27) are ORGANIZATION and
 *   Lyon/Ballarat in them are not LOCATION; "Praxis am Markt" (37) is ORGANIZATION.
 * - Places named with a facility word keep only the place: "Milton Keynes" depot (23), "Thane" hub (32),
 *   "Osaka" hub (76). "Kreis Staffelstein" (37) is one LOCATION, as AC treats "Sonoma County".
 * - Kinship and role words in brackets ("(spouse)", "(son)") are outside the PERSON value; a given name
 *   alone after a role word ("Atendente Bruna", "Agent (Tom)") is PERSON. "Kayla M." (13) keeps the
 *   surname initial. "Enzo Gabriel" (61) is a compound given name and one PERSON.
 * - "Liu Yang" (79) is a person even though Liuyang is a city; "Ek" (69) is a Swedish surname.
 * - Medical eponyms are not PERSON and place words in them are not LOCATION: Crohn's Disease, Morbus
 *   Crohn, Parkinson, Alzheimer, Gougerot-Sjögren, Graves-Basedow, Hashimoto, Hodgkin, Babinski, Bell's
 *   Palsy, Down Syndrome, Achilles Tendon, Glasgow Coma Scale.
 * - Faker.js product blurbs (96) use places and names as brands ("Nagasaki Lander", "Boston's most
 *   advanced compression wear", "Andy shoes", "Apple Naturalé"): not labelled. Products such as
 *   "PowerBlend Pro 900" (5) and "Ergonomic Steel Chair" (13) are not labelled.
 * - Placeholders and masked slots ("[FIRSTNAME]", "{{ city }}", 95) are not values.
 */
export const BATCH_AE: ShapeFixture[] = [
  // ---- en_US (1-16) ----
  // 1 privacy-masking template
  { shape: 'prose', text: 'My name is Brandon Kuhn and I live at 0487 Kuhn Ports Apt. 817, Port Jessicaside, NV 89012.', expect: [['PERSON', 'Brandon Kuhn'], ['ADDRESS', '0487 Kuhn Ports Apt. 817, Port Jessicaside, NV 89012']] },
  // 2 Faker profile() as a Python dict repr
  { shape: 'json', text: "{'job': 'Chief Strategy Officer', 'company': 'Schinner, Gleason and Hahn', 'residence': '9150 Amanda Shoals Suite 204\\nLake Brandonmouth, WY 82901', 'username': 'kimberly48', 'name': 'Kimberly Hahn-Gleason', 'sex': 'F', 'mail': 'kimberly48@example.org', 'blood_group': 'O-'}", expect: [['ORGANIZATION', 'Schinner, Gleason and Hahn'], ['ADDRESS', '9150 Amanda Shoals Suite 204\\nLake Brandonmouth, WY 82901'], ['PERSON', 'Kimberly Hahn-Gleason']] },
  // 3
  { shape: 'csv', text: 'first_name,last_name,street_address,city,state,zip\nJessica,Schinner,4821 Schinner Crossing,North Amandaberg,NM,87002\nMichael,Olson,77 Olson Trail Suite 310,East Kimberly,OH,43004\nAshley,McDermott,612 Weimann Mill Apt. 9,New Kimberly,KS,66044', expect: [['PERSON', 'Jessica'], ['PERSON', 'Schinner'], ['ADDRESS', '4821 Schinner Crossing'], ['LOCATION', 'North Amandaberg'], ['LOCATION', 'NM'], ['PERSON', 'Michael'], ['PERSON', 'Olson'], ['ADDRESS', '77 Olson Trail Suite 310'], ['LOCATION', 'East Kimberly'], ['LOCATION', 'OH'], ['PERSON', 'Ashley'], ['PERSON', 'McDermott'], ['ADDRESS', '612 Weimann Mill Apt. 9'], ['LOCATION', 'New Kimberly'], ['LOCATION', 'KS']] },
  // 4 military addresses
  { shape: 'notes', text: 'Care package list: 1) SSgt Devon Marquardt, Unit 8071 Box 2210, DPO AP 96522. 2) Lt. Carla Ruiz-Mendez, PSC 4115, Box 7815, APO AE 09021. Customs forms go in the outer pouch.', expect: [['PERSON', 'Devon Marquardt'], ['ADDRESS', 'Unit 8071 Box 2210, DPO AP 96522'], ['PERSON', 'Carla Ruiz-Mendez'], ['ADDRESS', 'PSC 4115, Box 7815, APO AE 09021']] },
  // 5 LLM-written customer e-mail
  { shape: 'email', text: "Subject: Damaged blender - order #A-55213\n\nHi there,\n\nMy name is Emily Carter and I ordered the PowerBlend Pro 900 on March 3rd. It arrived at my home (1843 Willow Creek Drive, Apt 2B, Columbus, OH 43215) with a cracked jar. Could you send a replacement? My neighbor, Mrs. Donna Whitfield, signed for it, so please don't bill her.\n\nThanks so much,\nEmily Carter", expect: [['PERSON', 'Emily Carter'], ['ADDRESS', '1843 Willow Creek Drive, Apt 2B, Columbus, OH 43215'], ['PERSON', 'Donna Whitfield'], ['PERSON', 'Emily Carter']] },
  // 6 HR record, key: value
  { shape: 'form', text: 'employee_id: E-20931\nfull_name: Robert L. Kuhlman Jr.\npreferred_name: Bobby\ntitle: Dynamic Accounts Liaison\nmanager: Dr. Priscilla Okafor-Hahn PhD\nwork_location: Lake Ryanmouth, ID\nhome_address: 5530 Stehr Fork, Suite 118, West Alexisfurt, ID 83254', expect: [['PERSON', 'Robert L. Kuhlman Jr.'], ['PERSON', 'Bobby'], ['PERSON', 'Priscilla Okafor-Hahn'], ['LOCATION', 'Lake Ryanmouth'], ['LOCATION', 'ID'], ['ADDRESS', '5530 Stehr Fork, Suite 118, West Alexisfurt, ID 83254']] },
  // 7 Synthea-style patients.csv
  { shape: 'csv', text: 'Id,BIRTHDATE,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,ZIP\nb9c610cd-28a6-4636-9cb6-c7a0d2a4cb85,1974-03-21,Mrs.,Jacinta641,Kris249,,Glover433,Worcester Massachusetts US,1049 Kuhlman Gate Suite 34,Boston,Massachusetts,Suffolk County,02108\n0a4c9d2e-7f13-4b8a-a2d1-5e6f7a8b9c0d,2011-07-02,,Tyson786,Hermiston71,,,Springfield Massachusetts US,388 Bogan Parade Apt 7,Pittsfield,Massachusetts,Berkshire County,01201', expect: [['PERSON', 'Jacinta641'], ['PERSON', 'Kris249'], ['PERSON', 'Glover433'], ['LOCATION', 'Worcester'], ['LOCATION', 'Massachusetts'], ['LOCATION', 'US'], ['ADDRESS', '1049 Kuhlman Gate Suite 34'], ['LOCATION', 'Boston'], ['LOCATION', 'Massachusetts'], ['LOCATION', 'Suffolk County'], ['PERSON', 'Tyson786'], ['PERSON', 'Hermiston71'], ['LOCATION', 'Springfield'], ['LOCATION', 'Massachusetts'], ['LOCATION', 'US'], ['ADDRESS', '388 Bogan Parade Apt 7'], ['LOCATION', 'Pittsfield'], ['LOCATION', 'Massachusetts'], ['LOCATION', 'Berkshire County']] },
  // 8 medical intake
  { shape: 'notes', text: 'INTAKE - Pt: GLEASON, AMANDA R. DOB 04/11/1962. CC: SOB x3 days, hx of CHF and COPD. PCP: Dr. Marcus T. Oyelaran, Mercy Lakeside Clinic. Pt lives w/ husband (Dwayne) at 22 Bernier Hollow, Port Coreyville, MI 48867. Prefers to be called Mandy.', expect: [['PERSON', 'GLEASON, AMANDA R.'], ['PERSON', 'Marcus T. Oyelaran'], ['ORGANIZATION', 'Mercy Lakeside Clinic'], ['PERSON', 'Dwayne'], ['ADDRESS', '22 Bernier Hollow, Port Coreyville, MI 48867'], ['PERSON', 'Mandy']] },
  // 9 legal letter
  { shape: 'letter', text: 'LAW OFFICES OF HAHN, KUHLMAN & STROMAN LLP\n1200 Brekke Causeway, Suite 900\nNew Jeffreyport, CA 94016\n\nVIA CERTIFIED MAIL\n\nMs. Deborah A. Wintheiser\n318 Lindgren Mews\nSouth Rosalindachester, CA 93401\n\nRe: Notice of Breach - Lease dated June 1, 2025\n\nDear Ms. Wintheiser:\n\nThis firm represents Gorczany Property Group LLC ("Landlord"). Rent for the premises remains unpaid.\n\nSincerely,\nJonathan P. Stroman, Esq.', expect: [['ORGANIZATION', 'HAHN, KUHLMAN & STROMAN LLP'], ['ADDRESS', '1200 Brekke Causeway, Suite 900\nNew Jeffreyport, CA 94016'], ['PERSON', 'Deborah A. Wintheiser'], ['ADDRESS', '318 Lindgren Mews\nSouth Rosalindachester, CA 93401'], ['PERSON', 'Wintheiser'], ['ORGANIZATION', 'Gorczany Property Group LLC'], ['PERSON', 'Jonathan P. Stroman']] },
  // 10 LLM chat, lower case
  { shape: 'chat', text: "User: hi, I need to update my shipping address\nAssistant: Of course! Could you share your full name and the new address?\nUser: sure, it's marcus webb jr, 4417 Oak Hollow Ln, Unit 12, Lake Ashleyview, TX 75904\nAssistant: Thanks, Marcus! I've updated the address on your account.", expect: [['PERSON', 'marcus webb jr'], ['ADDRESS', '4417 Oak Hollow Ln, Unit 12, Lake Ashleyview, TX 75904'], ['PERSON', 'Marcus']] },
  // 11 YAML-ish key: value with an indented address
  { shape: 'form', text: 'name: Dr. Amanda Schinner DDS\naddress: 63471 Weber Burg\n  Apt. 554\n  Gleasonberg, AZ 85207\nphone: 555-0147\ncompany: Kuhn-Schinner\ncatch_phrase: Synergized zero-defect hierarchy', expect: [['PERSON', 'Amanda Schinner'], ['ADDRESS', '63471 Weber Burg\n  Apt. 554\n  Gleasonberg, AZ 85207'], ['ORGANIZATION', 'Kuhn-Schinner']] },
  // 12 voter-roll style CSV in capitals
  { shape: 'csv', text: 'LAST_NAME,FIRST_NAME,MIDDLE,RES_ADDRESS,RES_CITY,ST,ZIP\nO\'CONNELL-PRICE,BRIDGET,MAE,"918 WISOKY SPUR APT 4",NEW MALLORYTON,VT,05401\nDUBUQUE III,THADDEUS,,"12 KERLUKE FIELDS",SOUTH ELVA,VT,05819', expect: [['PERSON', "O'CONNELL-PRICE"], ['PERSON', 'BRIDGET'], ['PERSON', 'MAE'], ['ADDRESS', '918 WISOKY SPUR APT 4'], ['LOCATION', 'NEW MALLORYTON'], ['LOCATION', 'VT'], ['PERSON', 'DUBUQUE III'], ['PERSON', 'THADDEUS'], ['ADDRESS', '12 KERLUKE FIELDS'], ['LOCATION', 'SOUTH ELVA'], ['LOCATION', 'VT']] },
  // 13 generated product review
  { shape: 'prose', text: 'Review by Kayla M. (Port Douglasburgh, FL): Ordered the Ergonomic Steel Chair and it arrived in two days. Customer service rep Javier was super helpful!', expect: [['PERSON', 'Kayla M.'], ['LOCATION', 'Port Douglasburgh'], ['LOCATION', 'FL'], ['PERSON', 'Javier']] },
  // 14 log with split address fields
  { shape: 'log', text: '2026-11-02T18:04:11Z INFO checkout.address_validated user="jgleason" name="Jeffrey Gleason" line1="81 Ratke Locks" line2="Apt. 341" city="Kuhicville" state="WV" zip="25301" result=OK', expect: [['PERSON', 'Jeffrey Gleason'], ['ADDRESS', '81 Ratke Locks'], ['ADDRESS', 'Apt. 341'], ['LOCATION', 'Kuhicville'], ['LOCATION', 'WV']] },
  // 15 masking-corpus sentence
  { shape: 'prose', text: 'Please update the billing address for Mr. Kamren Jast-Wuckert to 7702 Rempel Cliffs, Suite 061, Zulaufshire, OR 97324; the previous one in Hermannborough is no longer valid.', expect: [['PERSON', 'Kamren Jast-Wuckert'], ['ADDRESS', '7702 Rempel Cliffs, Suite 061, Zulaufshire, OR 97324'], ['LOCATION', 'Hermannborough']] },
  // 16 paper form in capitals
  { shape: 'form', text: 'APPLICATION FOR EMPLOYMENT\nLAST NAME: MCALLISTER-BRANDT    FIRST NAME: KEVIN\nSTREET: 4090 HEATHCOTE VILLAGES APT 12\nCITY: SOUTH JESSICASIDE   STATE: NE   ZIP: 68102\nPOSITION APPLIED FOR: WAREHOUSE ASSOCIATE\nREFERENCE: MRS. LINDA OKONKWO, FORMER SUPERVISOR', expect: [['PERSON', 'MCALLISTER-BRANDT'], ['PERSON', 'KEVIN'], ['ADDRESS', '4090 HEATHCOTE VILLAGES APT 12'], ['LOCATION', 'SOUTH JESSICASIDE'], ['LOCATION', 'NE'], ['PERSON', 'LINDA OKONKWO']] },

  // ---- en_GB (17-23) ----
  // 17 Faker en_GB address in JSON with escaped line breaks
  { shape: 'json', text: '{"name": "Dr. Bethan Holmes-Patel", "address": "Studio 30\\nHolmes forge\\nWest Bethan\\nL7 5QF", "company": "Patel, Holmes and Begum"}', expect: [['PERSON', 'Bethan Holmes-Patel'], ['ADDRESS', 'Studio 30\\nHolmes forge\\nWest Bethan\\nL7 5QF'], ['ORGANIZATION', 'Patel, Holmes and Begum']] },
  // 18
  { shape: 'prose', text: "Hi, I'm Oliver Thompson-Baker and my new address is Flat 84x, Taylor trafficway, Port Leah, EC2 3WZ. Before that I rented in South Natashaburgh.", expect: [['PERSON', 'Oliver Thompson-Baker'], ['ADDRESS', 'Flat 84x, Taylor trafficway, Port Leah, EC2 3WZ'], ['LOCATION', 'South Natashaburgh']] },
  // 19 medical
  { shape: 'notes', text: 'Patient: Mrs Gwen E. Pritchard-Jones (NHS no. withheld)\nGP: Dr Aled Rhys, Llandaff Surgery\nAddress: 14 Cathedral Road\nCardiff\nCF11 9LJ\nNext of kin: Huw Pritchard-Jones (son), lives in Swansea.', expect: [['PERSON', 'Gwen E. Pritchard-Jones'], ['PERSON', 'Aled Rhys'], ['ORGANIZATION', 'Llandaff Surgery'], ['ADDRESS', '14 Cathedral Road\nCardiff\nCF11 9LJ'], ['PERSON', 'Huw Pritchard-Jones'], ['LOCATION', 'Swansea']] },
  // 20 legal letter
  { shape: 'letter', text: 'Our ref: JH/4471\n\nPRIVATE AND CONFIDENTIAL\nMr Callum Ashworth\n27 Chapel Lane\nHeckmondwike\nWF16 0AB\n\nDear Mr Ashworth\n\nRe: Estate of the late Margaret Ashworth\n\nWe act for the executors and enclose the interim account for your approval.\n\nYours faithfully\n\nHolloway Finch Solicitors', expect: [['PERSON', 'Callum Ashworth'], ['ADDRESS', '27 Chapel Lane\nHeckmondwike\nWF16 0AB'], ['PERSON', 'Ashworth'], ['PERSON', 'Margaret Ashworth'], ['ORGANIZATION', 'Holloway Finch Solicitors']] },
  // 21 CSV with split fields
  { shape: 'csv', text: 'title,forename,surname,address_line_1,town,county,postcode\nMs,Harriet,Blackwood-Singh,"112 Jones mill",North Hollyfurt,West Midlands,B2 3CD\nMr,Rhys,Evans,"Flat 6 Kelly roads",New Georgina,Kent,ME14 1XX', expect: [['PERSON', 'Harriet'], ['PERSON', 'Blackwood-Singh'], ['ADDRESS', '112 Jones mill'], ['LOCATION', 'North Hollyfurt'], ['LOCATION', 'West Midlands'], ['PERSON', 'Rhys'], ['PERSON', 'Evans'], ['ADDRESS', 'Flat 6 Kelly roads'], ['LOCATION', 'New Georgina'], ['LOCATION', 'Kent']] },
  // 22
  { shape: 'chat', text: "Customer: Hiya, it's Siobhan O'Hare, I've moved to 5 Marlowe Court, Harrogate HG1 2AB and the parcel went to my old flat in Leeds.\nAgent (Tom): Sorry about that Siobhan, I'll redirect it now.", expect: [['PERSON', "Siobhan O'Hare"], ['ADDRESS', '5 Marlowe Court, Harrogate HG1 2AB'], ['LOCATION', 'Leeds'], ['PERSON', 'Tom'], ['PERSON', 'Siobhan']] },
  // 23 HR
  { shape: 'notes', text: 'DISCIPLINARY HEARING - OUTCOME\nEmployee: Declan Murphy-Hughes\nHearing chair: Priya Chaudhary (Head of Operations)\nLocation: Milton Keynes depot\nWitness: Gareth Llewellyn\nOutcome: First Written Warning under the Attendance Policy. Murphy-Hughes may appeal within 5 working days.', expect: [['PERSON', 'Declan Murphy-Hughes'], ['PERSON', 'Priya Chaudhary'], ['LOCATION', 'Milton Keynes'], ['PERSON', 'Gareth Llewellyn'], ['PERSON', 'Murphy-Hughes']] },

  // ---- en_AU (24-28) ----
  // 24
  { shape: 'label', text: 'Deliver to:\nMs Chloe Nguyen\nUnit 87\n13 Anderson Street\nSt. Jacob, QLD, 2761', expect: [['PERSON', 'Chloe Nguyen'], ['ADDRESS', 'Unit 87\n13 Anderson Street\nSt. Jacob, QLD, 2761']] },
  // 25
  { shape: 'json', text: '{"givenName":"Lachlan","familyName":"O\'Brien","street":"Level 5, 123 Smith Ridge","suburb":"Mount Jessica","state":"WA","postcode":"6008","country":"Australia"}', expect: [['PERSON', 'Lachlan'], ['PERSON', "O'Brien"], ['ADDRESS', 'Level 5, 123 Smith Ridge'], ['LOCATION', 'Mount Jessica'], ['LOCATION', 'WA'], ['LOCATION', 'Australia']] },
  // 26
  { shape: 'sms', text: 'hey its mia, cant make it to bondi tmrw, stuck in parramatta w/ work. jack says hi', expect: [['PERSON', 'mia'], ['LOCATION', 'bondi'], ['LOCATION', 'parramatta'], ['PERSON', 'jack']] },
  // 27 medical
  { shape: 'notes', text: 'Presenting to Ballarat Base Hospital ED: Mr Wiremu Tane Ngata, 58, of 4/19 Sturt St, Ballarat Central VIC 3350. Hx: T2DM, HTN. NOK: wife Aroha Ngata. Transferred from Daylesford.', expect: [['ORGANIZATION', 'Ballarat Base Hospital'], ['PERSON', 'Wiremu Tane Ngata'], ['ADDRESS', '4/19 Sturt St, Ballarat Central VIC 3350'], ['PERSON', 'Aroha Ngata'], ['LOCATION', 'Daylesford']] },
  // 28 tenancy agreement
  { shape: 'form', text: 'Residential Tenancy Agreement (NSW)\nLandlord: Harrison Property Trust\nTenant: Jarrah Whitlam-Cole\nPremises: 2/44 Gould Street, Bondi Beach NSW 2026\nAgent: Sophie Tran of Raine Coastal Realty', expect: [['LOCATION', 'NSW'], ['ORGANIZATION', 'Harrison Property Trust'], ['PERSON', 'Jarrah Whitlam-Cole'], ['ADDRESS', '2/44 Gould Street, Bondi Beach NSW 2026'], ['PERSON', 'Sophie Tran'], ['ORGANIZATION', 'Raine Coastal Realty']] },

  // ---- en_IN (29-33) ----
  // 29
  { shape: 'prose', text: 'My name is Aarav Chaudhry and I live at H.No. 53, Banerjee Path, Alappuzha-843718.', expect: [['PERSON', 'Aarav Chaudhry'], ['ADDRESS', 'H.No. 53, Banerjee Path, Alappuzha-843718']] },
  // 30
  { shape: 'json', text: '{"name":"Ishaan Tandon","address":"94/12, Sinha Zila, Tiruvottiyur 028546","city":"Chennai","state":"Tamil Nadu"}', expect: [['PERSON', 'Ishaan Tandon'], ['ADDRESS', '94/12, Sinha Zila, Tiruvottiyur 028546'], ['LOCATION', 'Chennai'], ['LOCATION', 'Tamil Nadu']] },
  // 31 appointment letter
  { shape: 'letter', text: 'Appointment Letter\n\nTo,\nMs. Zara Rao\nD/o Shri Venkatesh Rao\n59, Kothari Ganj, Rajkot 360001, Gujarat\n\nDear Ms. Rao,\nWe are pleased to appoint you as Associate Consultant at our Pune office with effect from 1 December.', expect: [['PERSON', 'Zara Rao'], ['PERSON', 'Venkatesh Rao'], ['ADDRESS', '59, Kothari Ganj, Rajkot 360001, Gujarat'], ['PERSON', 'Rao'], ['LOCATION', 'Pune']] },
  // 32
  { shape: 'chat', text: 'Customer: hello sir my order not delivered, name is Dhruv Bhalla, address flat 302 Shanti Niwas, Sector 15, Vashi, Navi Mumbai 400703\nAgent: Sorry Mr. Bhalla, the courier is at Thane hub and will deliver by tomorrow.', expect: [['PERSON', 'Dhruv Bhalla'], ['ADDRESS', 'flat 302 Shanti Niwas, Sector 15, Vashi, Navi Mumbai 400703'], ['PERSON', 'Bhalla'], ['LOCATION', 'Thane']] },
  // 33 OPD registration in capitals
  { shape: 'form', text: 'OPD Registration - Name: MRS. LAKSHMI PRIYA NAIR | Age/Sex: 44/F | Address: 12/3, Rao Nagar, Bhopal 462016 | Referred by: Dr. Anirudh Saxena | Complaint: Dengue fever, 3 days', expect: [['PERSON', 'LAKSHMI PRIYA NAIR'], ['ADDRESS', '12/3, Rao Nagar, Bhopal 462016'], ['PERSON', 'Anirudh Saxena']] },

  // ---- de_DE (34-39) ----
  // 34
  { shape: 'prose', text: 'Mein Name ist Hans-Jürgen Bohlander und ich wohne am Gotthilf-Trupp-Platz 2/7, 31337 Neu Elia.', expect: [['PERSON', 'Hans-Jürgen Bohlander'], ['ADDRESS', 'Gotthilf-Trupp-Platz 2/7, 31337 Neu Elia']] },
  // 35
  { shape: 'json', text: '{"anrede":"Prof. Dr.","vorname":"Elfriede","nachname":"Mende-Kühnert","strasse":"Kühnweg 3/5","plz":"66201","ort":"Bad Jannikburg","bundesland":"Saarland"}', expect: [['PERSON', 'Elfriede'], ['PERSON', 'Mende-Kühnert'], ['ADDRESS', 'Kühnweg 3/5'], ['LOCATION', 'Bad Jannikburg'], ['LOCATION', 'Saarland']] },
  // 36 HR
  { shape: 'form', text: 'Personalakte - Änderungsmitteilung\nMitarbeiter: Dipl.-Ing. Lothar Trüb (Personalnr. 40718)\nNeue Anschrift: Schmiedring 7, 79098 Freiburg\nVorgesetzte: Univ.Prof. Hanne-Lore Dörr\nHerr Trüb wechselt zum 1. Januar an den Standort Ost Hannelore.', expect: [['PERSON', 'Lothar Trüb'], ['ADDRESS', 'Schmiedring 7, 79098 Freiburg'], ['PERSON', 'Hanne-Lore Dörr'], ['PERSON', 'Trüb'], ['LOCATION', 'Ost Hannelore']] },
  // 37 medical intake
  { shape: 'notes', text: 'Aufnahmebogen\nPatientin: Schwital, Ortrud, geb. 12.05.1949\nHausarzt: Dr. med. Kai-Uwe Stadelmann, Praxis am Markt\nWohnort: Alt Leonieland (Kreis Staffelstein)\nDiagnose: Morbus Crohn, V.a. Parkinson-Syndrom', expect: [['PERSON', 'Schwital, Ortrud'], ['PERSON', 'Kai-Uwe Stadelmann'], ['ORGANIZATION', 'Praxis am Markt'], ['LOCATION', 'Alt Leonieland'], ['LOCATION', 'Kreis Staffelstein']] },
  // 38 legal letter
  { shape: 'letter', text: 'Rechtsanwaltskanzlei Brenner & Yilmaz\nKönigsallee 92a, 40212 Düsseldorf\n\nFrau\nMarlene Ostermann-Kraus\nAm Lindenhof 14\n50667 Köln\n\nSehr geehrte Frau Ostermann-Kraus,\nnamens und in Vollmacht unserer Mandantin, der Kuhn Logistik GmbH, fordern wir Sie auf, den offenen Betrag bis zum 15. Dezember zu begleichen.', expect: [['ORGANIZATION', 'Rechtsanwaltskanzlei Brenner & Yilmaz'], ['ADDRESS', 'Königsallee 92a, 40212 Düsseldorf'], ['PERSON', 'Marlene Ostermann-Kraus'], ['ADDRESS', 'Am Lindenhof 14\n50667 Köln'], ['PERSON', 'Ostermann-Kraus'], ['ORGANIZATION', 'Kuhn Logistik GmbH']] },
  // 39
  { shape: 'csv', text: 'Name;Straße;PLZ;Ort\nJannik Köhler;Lindenallee 12;01067;Dresden\nLeonie Grün-Şahin;Ludger-Ortmann-Ring 3b;99084;Süd Finnstadt', expect: [['PERSON', 'Jannik Köhler'], ['ADDRESS', 'Lindenallee 12'], ['LOCATION', 'Dresden'], ['PERSON', 'Leonie Grün-Şahin'], ['ADDRESS', 'Ludger-Ortmann-Ring 3b'], ['LOCATION', 'Süd Finnstadt']] },

  // ---- fr_FR (40-44) ----
  // 40
  { shape: 'prose', text: "Je m'appelle Capucine de la Lebrun et j'habite au 79, rue de Marchand, 64235 Guillotboeuf.", expect: [['PERSON', 'Capucine de la Lebrun'], ['ADDRESS', '79, rue de Marchand, 64235 Guillotboeuf']] },
  // 41
  { shape: 'json', text: '{"civilite":"Mme","prenom":"Marine","nom":"Leclercq-Guillaume","adresse":"8, boulevard Lucas","code_postal":"82914","ville":"Sainte Josette-sur-Mer","pays":"France"}', expect: [['PERSON', 'Marine'], ['PERSON', 'Leclercq-Guillaume'], ['ADDRESS', '8, boulevard Lucas'], ['LOCATION', 'Sainte Josette-sur-Mer'], ['LOCATION', 'France']] },
  // 42 medical
  { shape: 'notes', text: "Compte rendu de consultation\nPatient : M. Émile du Moulin, né le 03/02/1957\nMédecin traitant : Dr Hélène Faure\nAdresse : 4, impasse Pinel, 35000 Rennes\nAntécédents : maladie d'Alzheimer chez la mère, syndrome de Gougerot-Sjögren.", expect: [['PERSON', 'Émile du Moulin'], ['PERSON', 'Hélène Faure'], ['ADDRESS', '4, impasse Pinel, 35000 Rennes']] },
  // 43 legal letter
  { shape: 'letter', text: 'Lettre recommandée avec accusé de réception\n\nMaître Bertrand Lacroix\nAvocat au Barreau de Lyon\n12, quai Saint-Antoine, 69002 Lyon\n\nMadame Josette Roux-Perrin\n21, allée des Tilleuls\n13100 Aix-en-Provence\n\nMadame Roux-Perrin,\nJe vous mets en demeure de libérer les lieux sous huitaine.', expect: [['PERSON', 'Bertrand Lacroix'], ['ORGANIZATION', 'Barreau de Lyon'], ['ADDRESS', '12, quai Saint-Antoine, 69002 Lyon'], ['PERSON', 'Josette Roux-Perrin'], ['ADDRESS', '21, allée des Tilleuls\n13100 Aix-en-Provence'], ['PERSON', 'Roux-Perrin']] },
  // 44
  { shape: 'chat', text: "client: bonjour c'est théo girard, mon colis est bloqué à Villeurbanne\nconseillère (Inès): Bonjour Théo, je vois qu'il part demain pour Pinelnec.", expect: [['PERSON', 'théo girard'], ['LOCATION', 'Villeurbanne'], ['PERSON', 'Inès'], ['PERSON', 'Théo'], ['LOCATION', 'Pinelnec']] },

  // ---- es_ES (45-48) ----
  // 45
  { shape: 'prose', text: 'Me llamo Rosario Leiva-Bermúdez y vivo en Callejón de Begoña Morales 8 Piso 6, Álava, 03854.', expect: [['PERSON', 'Rosario Leiva-Bermúdez'], ['ADDRESS', 'Callejón de Begoña Morales 8 Piso 6, Álava, 03854']] },
  // 46
  { shape: 'csv', text: 'nombre,direccion,ciudad,provincia\nJose Luis del Cabello,Rambla Ismael Jiménez 5 Apt. 69,Cuenca,Cuenca\nMaría Pilar Quintana Sáez,Paseo Alejandro Vidal 92,Torremolinos,Málaga', expect: [['PERSON', 'Jose Luis del Cabello'], ['ADDRESS', 'Rambla Ismael Jiménez 5 Apt. 69'], ['LOCATION', 'Cuenca'], ['LOCATION', 'Cuenca'], ['PERSON', 'María Pilar Quintana Sáez'], ['ADDRESS', 'Paseo Alejandro Vidal 92'], ['LOCATION', 'Torremolinos'], ['LOCATION', 'Málaga']] },
  // 47 HR
  { shape: 'form', text: 'Expediente de personal\nTrabajador: D. Lucas Manuel Prieto Rubio\nDNI: (omitido)\nDomicilio: Plaza de Salvador Barros 12, 4º izq., 19001 Guadalajara\nCentro de trabajo: Alcalá de Henares\nResponsable: Dña. Inmaculada Ferrer', expect: [['PERSON', 'Lucas Manuel Prieto Rubio'], ['ADDRESS', 'Plaza de Salvador Barros 12, 4º izq., 19001 Guadalajara'], ['LOCATION', 'Alcalá de Henares'], ['PERSON', 'Inmaculada Ferrer']] },
  // 48 medical
  { shape: 'notes', text: 'Paciente: Ana Belén Carrasco Gil, 36 años, natural de Ourense, residente en Vigo. Remitida por el Dr. Íñigo Larrañaga por sospecha de enfermedad de Graves-Basedow.', expect: [['PERSON', 'Ana Belén Carrasco Gil'], ['LOCATION', 'Ourense'], ['LOCATION', 'Vigo'], ['PERSON', 'Íñigo Larrañaga']] },

  // ---- es_MX (49-52) ----
  // 49 Faker es_MX address quirk " , Depto." inside JSON
  { shape: 'json', text: '{"nombre":"Lic. Adela Ybarra Olmos","direccion":"Calzada Sur Ruelas 123 Edif. 456 , Depto. 789\\nSan Cristobal de la Montaña, Q. ROO 77500"}', expect: [['PERSON', 'Adela Ybarra Olmos'], ['ADDRESS', 'Calzada Sur Ruelas 123 Edif. 456 , Depto. 789\\nSan Cristobal de la Montaña, Q. ROO 77500']] },
  // 50
  { shape: 'prose', text: 'Mi nombre es Homero Vera Olmos y vivo en Privada Norte Valdez 802 Interior 500, Vieja Libia, CHIS 29000. Antes vivía en Nueva Bielorrusia.', expect: [['PERSON', 'Homero Vera Olmos'], ['ADDRESS', 'Privada Norte Valdez 802 Interior 500, Vieja Libia, CHIS 29000'], ['LOCATION', 'Nueva Bielorrusia']] },
  // 51
  { shape: 'chat', text: 'Cliente: Buenas tardes, soy Ing. Rosalía Nieto Chávez, mi pedido iba a Monterrey pero sigue en Apodaca.\nAgente: Con gusto, ingeniera Nieto. ¿Me confirma el domicilio?\nCliente: Av. Constitución 1450 Pte., Col. Centro, 64000 Monterrey, N.L.', expect: [['PERSON', 'Rosalía Nieto Chávez'], ['LOCATION', 'Monterrey'], ['LOCATION', 'Apodaca'], ['PERSON', 'Nieto'], ['ADDRESS', 'Av. Constitución 1450 Pte., Col. Centro, 64000 Monterrey, N.L.']] },
  // 52 labour contract in capitals
  { shape: 'letter', text: 'CONTRATO INDIVIDUAL DE TRABAJO que celebran por una parte GRUPO HERRERA Y ASOCIADOS, S.A. DE C.V., representada por el C. JESÚS BARRERA MONTOYA, y por la otra la C. MARÍA JOSÉ OCAMPO LUNA, con domicilio en CALLE 5 DE MAYO 218, COL. CENTRO, 68000 OAXACA DE JUÁREZ, OAX.', expect: [['ORGANIZATION', 'GRUPO HERRERA Y ASOCIADOS, S.A. DE C.V.'], ['PERSON', 'JESÚS BARRERA MONTOYA'], ['PERSON', 'MARÍA JOSÉ OCAMPO LUNA'], ['ADDRESS', 'CALLE 5 DE MAYO 218, COL. CENTRO, 68000 OAXACA DE JUÁREZ, OAX.']] },

  // ---- it_IT (53-56) ----
  // 53
  { shape: 'prose', text: 'Mi chiamo Gianluca Battisti e abito in Vicolo Bertolucci 9 Piano 6, Borgo Filiberto salentino, 73100 Lecce (LE).', expect: [['PERSON', 'Gianluca Battisti'], ['ADDRESS', 'Vicolo Bertolucci 9 Piano 6, Borgo Filiberto salentino, 73100 Lecce (LE)']] },
  // 54
  { shape: 'csv', text: 'nome;cognome;indirizzo;comune;provincia\nLudovica;Conti-Mazzi;Rotonda Mazzi 843;Sesto Vitaliano;BZ\nUgo;De Santis;Contrada Giulia 42 Appartamento 5;Settimo Rosalba lido;TO', expect: [['PERSON', 'Ludovica'], ['PERSON', 'Conti-Mazzi'], ['ADDRESS', 'Rotonda Mazzi 843'], ['LOCATION', 'Sesto Vitaliano'], ['LOCATION', 'BZ'], ['PERSON', 'Ugo'], ['PERSON', 'De Santis'], ['ADDRESS', 'Contrada Giulia 42 Appartamento 5'], ['LOCATION', 'Settimo Rosalba lido'], ['LOCATION', 'TO']] },
  // 55 medical
  { shape: 'notes', text: 'Anamnesi: la Sig.ra Lucia Ferri, 71 anni, residente a Quarto Ugo sardo, riferisce dolore toracico. Inviata dal Dott. Marco Esposito (MMG). Familiarità per morbo di Parkinson.', expect: [['PERSON', 'Lucia Ferri'], ['LOCATION', 'Quarto Ugo sardo'], ['PERSON', 'Marco Esposito']] },
  // 56 legal letter
  { shape: 'letter', text: 'Spett.le Sig. Alessandro Greco\nVia Garibaldi 27, scala B, int. 4\n80134 Napoli (NA)\n\nOggetto: diffida ad adempiere\n\nEgregio Sig. Greco, in nome e per conto della Esposito & Figli S.r.l. La invitiamo a saldare la fattura n. 118.', expect: [['PERSON', 'Alessandro Greco'], ['ADDRESS', 'Via Garibaldi 27, scala B, int. 4\n80134 Napoli (NA)'], ['PERSON', 'Greco'], ['ORGANIZATION', 'Esposito & Figli S.r.l.']] },

  // ---- pt_BR (57-61) ----
  // 57 Faker pt_BR address block
  { shape: 'label', text: 'Destinatário: Sra. Ana Luiza da Rocha\nTravessa Lima, 34\nSão Bento\n45672-123 Cardoso do Campo / MA', expect: [['PERSON', 'Ana Luiza da Rocha'], ['ADDRESS', 'Travessa Lima, 34\nSão Bento\n45672-123 Cardoso do Campo / MA']] },
  // 58
  { shape: 'prose', text: 'Meu nome é João Pedro Cavalcanti e moro na Ladeira Maria Clara Fernandes, 7, Vila Nova, Peixoto de Minas - RR, 69301-220.', expect: [['PERSON', 'João Pedro Cavalcanti'], ['ADDRESS', 'Ladeira Maria Clara Fernandes, 7, Vila Nova, Peixoto de Minas - RR, 69301-220']] },
  // 59
  { shape: 'json', text: '{"nome":"Maria Eduarda Barbosa","logradouro":"Favela de Cardoso, 65","bairro":"São Geraldo","cidade":"Barbosa Paulista","uf":"SP","cep":"13015-904"}', expect: [['PERSON', 'Maria Eduarda Barbosa'], ['ADDRESS', 'Favela de Cardoso, 65'], ['LOCATION', 'São Geraldo'], ['LOCATION', 'Barbosa Paulista'], ['LOCATION', 'SP']] },
  // 60 triage
  { shape: 'notes', text: 'Ficha de triagem - Paciente: Francisco Nogueira Alves, 63 anos, natural de Caruaru (PE), residente em Recife. Acompanhante: filha, Larissa. Médica: Dra. Vitória Mendes.', expect: [['PERSON', 'Francisco Nogueira Alves'], ['LOCATION', 'Caruaru'], ['LOCATION', 'PE'], ['LOCATION', 'Recife'], ['PERSON', 'Larissa'], ['PERSON', 'Vitória Mendes']] },
  // 61 WhatsApp-style support chat
  { shape: 'chat', text: '[14:02] Sr. Enzo Gabriel: boa tarde, meu pedido ta parado em Cajamar desde segunda\n[14:05] Atendente Bruna: Oi Enzo! Vou verificar. O endereço de entrega é Rua Moraes, 712, apto 31, Moraes Grande - GO?', expect: [['PERSON', 'Enzo Gabriel'], ['LOCATION', 'Cajamar'], ['PERSON', 'Bruna'], ['PERSON', 'Enzo'], ['ADDRESS', 'Rua Moraes, 712, apto 31, Moraes Grande - GO']] },

  // ---- nl_NL (62-64) ----
  // 62
  { shape: 'prose', text: 'Mijn naam is Sanne de Jong-van den Berg en ik woon op het Femkeplein 3, 3956 TF Ouddorp.', expect: [['PERSON', 'Sanne de Jong-van den Berg'], ['ADDRESS', 'Femkeplein 3, 3956 TF Ouddorp']] },
  // 63 HR
  { shape: 'form', text: 'Personeelsdossier\nNaam: dhr. ir. Daan Verbeek\nAdres: Bramweg 112-A\nPostcode/plaats: 5611 AB Eindhoven\nLeidinggevende: mevr. drs. Femke Bos-Kuijpers', expect: [['PERSON', 'Daan Verbeek'], ['ADDRESS', 'Bramweg 112-A'], ['LOCATION', 'Eindhoven'], ['PERSON', 'Femke Bos-Kuijpers']] },
  // 64
  { shape: 'chat', text: 'klant: hoi, met Joris van Dijk. mijn pakket ligt nog in Zaandam\nmedewerker: Hallo meneer Van Dijk, het wordt morgen bezorgd op Jorisstraat 3, 1509 AB Zaandam.', expect: [['PERSON', 'Joris van Dijk'], ['LOCATION', 'Zaandam'], ['PERSON', 'Van Dijk'], ['ADDRESS', 'Jorisstraat 3, 1509 AB Zaandam']] },

  // ---- pl_PL (65-67) ----
  // 65
  { shape: 'prose', text: 'Nazywam się Zuzanna Kubacka-Sadowska i mieszkam przy ul. Sosnowa 77/40, 14-802 Gniezno.', expect: [['PERSON', 'Zuzanna Kubacka-Sadowska'], ['ADDRESS', 'ul. Sosnowa 77/40, 14-802 Gniezno']] },
  // 66
  { shape: 'csv', text: 'imie,nazwisko,adres,miasto\nFranciszek,Woźniak,"al. Jana Pawła II 25/14",Ostrołęka\nIwona,Wąs,"plac Wojska Polskiego 3",Łódź', expect: [['PERSON', 'Franciszek'], ['PERSON', 'Woźniak'], ['ADDRESS', 'al. Jana Pawła II 25/14'], ['LOCATION', 'Ostrołęka'], ['PERSON', 'Iwona'], ['PERSON', 'Wąs'], ['ADDRESS', 'plac Wojska Polskiego 3'], ['LOCATION', 'Łódź']] },
  // 67 medical
  { shape: 'notes', text: 'Karta informacyjna: pacjent Tadeusz Mazur, lat 66, zam. Bydgoszcz, przyjęty z Torunia. Lekarz prowadzący: dr n. med. Agnieszka Kowalczyk. Rozpoznanie: choroba Hashimoto.', expect: [['PERSON', 'Tadeusz Mazur'], ['LOCATION', 'Bydgoszcz'], ['LOCATION', 'Torunia'], ['PERSON', 'Agnieszka Kowalczyk']] },

  // ---- sv_SE (68-70) ----
  // 68
  { shape: 'prose', text: 'Jag heter Lars-Göran Karlsson och bor på Anderssons väg 14, 263 45 Höganäs.', expect: [['PERSON', 'Lars-Göran Karlsson'], ['ADDRESS', 'Anderssons väg 14, 263 45 Höganäs']] },
  // 69
  { shape: 'json', text: '{"fornamn":"Ann-Charlotte","efternamn":"Ek","gatuadress":"Lindqvistsgatan 5 lgh 1102","postnummer":"414 63","ort":"Göteborg","lan":"Västra Götalands län"}', expect: [['PERSON', 'Ann-Charlotte'], ['PERSON', 'Ek'], ['ADDRESS', 'Lindqvistsgatan 5 lgh 1102'], ['LOCATION', 'Göteborg'], ['LOCATION', 'Västra Götalands län']] },
  // 70 HR
  { shape: 'form', text: 'Anställningsbevis\nArbetstagare: Per-Olof Nilsson\nArbetsplats: Kiruna\nChef: Malin Sjöberg\nPer-Olof tillträder tjänsten som Lagerarbetare den 1 december.', expect: [['PERSON', 'Per-Olof Nilsson'], ['LOCATION', 'Kiruna'], ['PERSON', 'Malin Sjöberg'], ['PERSON', 'Per-Olof']] },

  // ---- tr_TR (71-73) ----
  // 71
  { shape: 'prose', text: 'Benim adım Kübra Aksoy ve Sinan Sokak No:15 Daire:6, 34710 Kadıköy/İstanbul adresinde yaşıyorum.', expect: [['PERSON', 'Kübra Aksoy'], ['ADDRESS', 'Sinan Sokak No:15 Daire:6, 34710 Kadıköy/İstanbul']] },
  // 72
  { shape: 'chat', text: "Müşteri: Merhaba, ben Mehmet Ali Öztürk, kargom hâlâ Gebze'de bekliyor.\nTemsilci: Mehmet Bey, kargonuz yarın Bursa'ya çıkacak.", expect: [['PERSON', 'Mehmet Ali Öztürk'], ['LOCATION', 'Gebze'], ['PERSON', 'Mehmet'], ['LOCATION', 'Bursa']] },
  // 73
  { shape: 'json', text: '{"ad":"Elif","soyad":"Doğan-Kaya","adres":"Atatürk Cad. No: 112/4","ilce":"Çankaya","il":"Ankara"}', expect: [['PERSON', 'Elif'], ['PERSON', 'Doğan-Kaya'], ['ADDRESS', 'Atatürk Cad. No: 112/4'], ['LOCATION', 'Çankaya'], ['LOCATION', 'Ankara']] },

  // ---- ja_JP romanized (74-76) ----
  // 74
  { shape: 'prose', text: 'My name is Akira Suzuki and I live at Corp Ginza 101, 1-2-3 Ginza, Chuo-ku, Tokyo 104-0061.', expect: [['PERSON', 'Akira Suzuki'], ['ADDRESS', 'Corp Ginza 101, 1-2-3 Ginza, Chuo-ku, Tokyo 104-0061']] },
  // 75 generator order, family name first
  { shape: 'csv', text: 'shimei,kana,jusho\nYamamoto Haruka,YAMAMOTO HARUKA,Kanagawa-ken Yokohama-shi Naka-ku Yamashitacho 12-4 Heights Yamashita 305\nSato Yuto,SATO YUTO,Hokkaido Sapporo-shi Kita-ku Kita 8-jo Nishi 5-chome 3-1', expect: [['PERSON', 'Yamamoto Haruka'], ['PERSON', 'YAMAMOTO HARUKA'], ['ADDRESS', 'Kanagawa-ken Yokohama-shi Naka-ku Yamashitacho 12-4 Heights Yamashita 305'], ['PERSON', 'Sato Yuto'], ['PERSON', 'SATO YUTO'], ['ADDRESS', 'Hokkaido Sapporo-shi Kita-ku Kita 8-jo Nishi 5-chome 3-1']] },
  // 76
  { shape: 'chat', text: 'Customer: Hello, this is Tanaka Misaki. My package shows "held at Osaka hub".\nAgent: Thank you, Tanaka-sama. It will be delivered to Kobe tomorrow.', expect: [['PERSON', 'Tanaka Misaki'], ['LOCATION', 'Osaka'], ['PERSON', 'Tanaka'], ['LOCATION', 'Kobe']] },

  // ---- zh_CN romanized (77-79) ----
  // 77 Faker zh_CN address romanized (invented city "Shuzhen Shi")
  { shape: 'log', text: 'shipping_profile name=Wang Xiuying; address=Hainan Sheng Shuzhen Shi Chaoyang Qu Hefei Lu T Zuo 571403; status=verified', expect: [['PERSON', 'Wang Xiuying'], ['ADDRESS', 'Hainan Sheng Shuzhen Shi Chaoyang Qu Hefei Lu T Zuo 571403']] },
  // 78
  { shape: 'prose', text: 'My name is Zhang Wei and I live at Room 1502, Building 3, No. 88 Jianguo Road, Chaoyang District, Beijing 100022. My colleague Li Na lives in Tianjin.', expect: [['PERSON', 'Zhang Wei'], ['ADDRESS', 'Room 1502, Building 3, No. 88 Jianguo Road, Chaoyang District, Beijing 100022'], ['PERSON', 'Li Na'], ['LOCATION', 'Tianjin']] },
  // 79
  { shape: 'csv', text: 'employee,hometown,office\nLiu Yang,Chengdu,Shenzhen\nChen Jing,Guiying County,Hangzhou', expect: [['PERSON', 'Liu Yang'], ['LOCATION', 'Chengdu'], ['LOCATION', 'Shenzhen'], ['PERSON', 'Chen Jing'], ['LOCATION', 'Guiying County'], ['LOCATION', 'Hangzhou']] },

  // ---- ko_KR romanized (80-82) ----
  // 80 Faker ko_KR quirk: "(given-name-dong)"
  { shape: 'label', text: 'Recipient: Kim Min-jun\nAddress: Gyeongsangbuk-do Bucheon-si Ojeong-gu Seocho-daero 123 (Jihun-dong)', expect: [['PERSON', 'Kim Min-jun'], ['ADDRESS', 'Gyeongsangbuk-do Bucheon-si Ojeong-gu Seocho-daero 123 (Jihun-dong)']] },
  // 81 romanized Korean
  { shape: 'prose', text: 'Annyeonghaseyo, jeoneun Lee Seo-yeon imnida. Busan Haeundae-gu e sarayo.', expect: [['PERSON', 'Lee Seo-yeon'], ['LOCATION', 'Busan'], ['LOCATION', 'Haeundae-gu']] },
  // 82
  { shape: 'json', text: '{"name_en":"Choi Ji-hoon","dept":"Logistics","address":"12, Gangnam-daero 45-gil, Seocho-gu, Seoul 06614","emergency_contact":"Choi Soo-ah (spouse)"}', expect: [['PERSON', 'Choi Ji-hoon'], ['ADDRESS', '12, Gangnam-daero 45-gil, Seocho-gu, Seoul 06614'], ['PERSON', 'Choi Soo-ah']] },

  // ---- Arabic romanized (83-85) ----
  // 83
  { shape: 'prose', text: 'My name is Fatima Al-Zahrani and I live at Building 4871, Prince Sultan Street, Al Rawdah District, Jeddah 23435, Saudi Arabia.', expect: [['PERSON', 'Fatima Al-Zahrani'], ['ADDRESS', 'Building 4871, Prince Sultan Street, Al Rawdah District, Jeddah 23435, Saudi Arabia']] },
  // 84 Arabizi chat
  { shape: 'chat', text: '3ameel: salam, ana Ahmed bin Khalid Al-Harbi, el shohna lessa fi Dammam\nmowazaf: ahlan ya Ahmed, hatwsal el Riyadh bokra', expect: [['PERSON', 'Ahmed bin Khalid Al-Harbi'], ['LOCATION', 'Dammam'], ['PERSON', 'Ahmed'], ['LOCATION', 'Riyadh']] },
  // 85
  { shape: 'form', text: 'Patient: Mohammed Youssef El-Masry | Nationality: Egypt | Residence: Villa 17, Street 9, Al Barsha 2, Dubai, UAE | Sponsor: Al Noor Trading LLC | Referring physician: Dr. Layla Haddad', expect: [['PERSON', 'Mohammed Youssef El-Masry'], ['LOCATION', 'Egypt'], ['ADDRESS', 'Villa 17, Street 9, Al Barsha 2, Dubai, UAE'], ['ORGANIZATION', 'Al Noor Trading LLC'], ['PERSON', 'Layla Haddad']] },

  // ---- Russian romanized (86-88) ----
  // 86 Faker ru_RU order: surname, given name, patronymic; "g." city first
  { shape: 'form', text: 'FIO: Efimov Timofei Andreevich\nAdres: g. Ulyanovsk, nab. Pushkinskaya, d. 3 k. 9, 417651', expect: [['PERSON', 'Efimov Timofei Andreevich'], ['ADDRESS', 'g. Ulyanovsk, nab. Pushkinskaya, d. 3 k. 9, 417651']] },
  // 87
  { shape: 'prose', text: 'My name is Anastasia Sergeyevna Petrova and I live at ul. Lenina, d. 15, kv. 42, Yekaterinburg, 620014. My brother Dmitri lives in Novosibirsk.', expect: [['PERSON', 'Anastasia Sergeyevna Petrova'], ['ADDRESS', 'ul. Lenina, d. 15, kv. 42, Yekaterinburg, 620014'], ['PERSON', 'Dmitri'], ['LOCATION', 'Novosibirsk']] },
  // 88
  { shape: 'csv', text: 'fio;gorod;adres\nKuznetsova Olga Viktorovna;Kazan;ul. Baumana, d. 7, kv. 12\nSmirnov Igor Pavlovich;Tver;per. Shkolny, d. 3', expect: [['PERSON', 'Kuznetsova Olga Viktorovna'], ['LOCATION', 'Kazan'], ['ADDRESS', 'ul. Baumana, d. 7, kv. 12'], ['PERSON', 'Smirnov Igor Pavlovich'], ['LOCATION', 'Tver'], ['ADDRESS', 'per. Shkolny, d. 3']] },

  // ---- Hard negatives (89-100) ----
  // 89 Faker commerce
  { shape: 'negative', text: 'New Arrivals: Handcrafted Frozen Gloves, Intelligent Concrete Pizza, Rustic Steel Bacon and the Ergonomic Granite Chair. Limited stock in Outdoors, Kids and Jewelery.', expect: [] },
  // 90 Faker catch phrases and job titles
  { shape: 'negative', text: 'Generated slogans: "Synergized Bottom-Line Portal", "Down-Sized Bi-Directional Contingency", "Enhance Turn-Key E-Markets", "Monetize Viral Web Services". Open roles: Chief Assurance Engineer, Dynamic Response Liaison, Senior Tactics Director.', expect: [] },
  // 91 UI strings
  { shape: 'negative', text: 'Sign In With Apple | Continue With Google | Forgot Password? | Save Changes | Delete Account | Dark Mode | Add To Cart | Proceed To Checkout | Terms Of Service | Privacy Policy', expect: [] },
  // 92 medical eponyms
  { shape: 'negative', text: "Differential: Crohn's Disease vs Ulcerative Colitis; rule out Hodgkin Lymphoma. Neuro: Babinski Sign negative, Glasgow Coma Scale 15, no Bell's Palsy. History: Parkinson's Disease, Down Syndrome in sibling, Achilles Tendon repair.", expect: [] },
  // 93 legal boilerplate
  { shape: 'negative', text: 'WHEREAS the Parties wish to enter into this Master Services Agreement; NOW, THEREFORE, the Licensee and the Licensor agree that the Force Majeure, Governing Law, Limitation of Liability, Power of Attorney and Statute of Frauds provisions survive termination.', expect: [] },
  // 94 empty form
  { shape: 'negative', text: 'PATIENT INFORMATION\nFull Name:\nDate of Birth:\nStreet Address:\nCity / Town:\nState / Province:\nEmergency Contact Name:\nPrimary Care Physician:\nSignature of Patient or Legal Guardian:', expect: [] },
  // 95 masked and templated text
  { shape: 'negative', text: 'My name is [FIRSTNAME] [LASTNAME] and I live at [STREET_ADDRESS], [CITY]. Please contact [PREFIX] [LASTNAME_2] before [DATE].\nTemplate: Dear {{ name }}, your order to {{ street_address }}, {{ city }} ships today.', expect: [] },
  // 96 Faker.js product descriptions
  { shape: 'negative', text: "The Nagasaki Lander is the trademarked name of several series of Nagasaki sport bikes. Boston's most advanced compression wear technology increases muscle oxygenation. Andy shoes are designed to keep in mind durability as well as trends. The beautiful range of Apple Naturalé has an exciting mix of natural ingredients.", expect: [] },
  // 97 slogan
  { shape: 'negative', text: 'Where Every Smile Matters! Ask About Our Invisalign Special: Teeth Whitening, Same-Day Crowns and Free Consultations. Open Saturdays. Now Accepting New Patients.', expect: [] },
  // 98 policy headings
  { shape: 'negative', text: 'Section 4.2 - Paid Time Off\nSection 4.3 - Family and Medical Leave\nSection 5 - Code of Conduct\nAppendix B: Employee Acknowledgement Form\nRevision History: Approved, Superseded, Draft', expect: [] },
  // 99 log line
  { shape: 'negative', text: '2026-11-27T09:12:44Z INFO FeatureFlag EnableNewCheckout=true Region=Default Tier=Premium Cohort="Early Adopters" Handler=OrderSummaryView Status=Success', expect: [] },
  // 100 German UI strings
  { shape: 'negative', text: 'Mein Konto | Bestellübersicht | Lieferadresse Ändern | Passwort Vergessen? | Allgemeine Geschäftsbedingungen | Datenschutzerklärung | Impressum | Warenkorb', expect: [] },
];
