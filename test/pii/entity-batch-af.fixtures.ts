import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch AF: 100 hand-written records for PERSON, LOCATION and ADDRESS (ORGANIZATION labelled but scored
 * apart), built to test PRECISION. Capitalised words that are not names or places are everywhere, next to
 * real names, places and addresses: 30 hard negatives (expect: []) and 70 records that mix both.
 * Sources of capitalised non-names: sentence starts and headings in Spanish, French, German, Dutch,
 * Italian, Portuguese, Polish, Turkish and Indonesian (German nouns such as Koch and Fischer, Turkish
 * sentence starts such as Deniz, Güneş, Demir, Barış, Spanish "Dolores", Indonesian "Indah"); Title Case
 * UI strings ("Mark as Read", "Will Call", "Bill To", "Grace Period"); product and model names, many of
 * them places (Hyundai Tucson, Porsche Cayenne, Seat Ibiza, Ferrari Roma, Chevrolet Malibu); brands that
 * look like surnames (Ford, Dell, Porsche, Ferrari, Gillette, Disney, Kenwood, Bianchi, Philips); companies
 * named after people or places (Johnson & Johnson, Bank of America, Deutsche Bahn, Procter & Gamble,
 * Leroy Merlin, Albert Heijn, Casas Bahia); medical eponyms (Alzheimer's, Crohn's, Hodgkin, Huntington's,
 * Lyme disease, Morbus Parkinson, Röntgen); laws and awards (Nobel Prize, Dodd-Frank, Sarbanes-Oxley);
 * streets, buildings and ships named after people (inside addresses and on their own); days, months and
 * holidays (Columbus Day, Guy Fawkes Night, Toussaint, Natal, Kurban Bayramı); job titles, departments,
 * legal boilerplate (the Lessee, Force Majeure, il Locatore); software (Jenkins, Kafka, Cassandra, Django,
 * Julia, Travis CI); sports teams named after places (Manchester United, Real Madrid, Sevilla FC, Napoli);
 * dishes and drinks (Caesar Salad, Bloody Mary, Eggs Benedict, Peking Duck, Pavlova, Arnold Palmer,
 * Manhattan, Quiche Lorraine, Bacalhau à Gomes de Sá, Sate Padang); diseases, religious terms, greetings
 * and sign-offs; form abbreviations (Pt, DOB, Attn, Ref, Re, Cc, NB).
 * Records 1-60 are English (18 hard negatives); records 61-100 are in Spanish, French, German (5 each),
 * Dutch (4), Italian, Portuguese (5 each), Polish, Turkish (4 each) and Indonesian (3), 12 of them hard
 * negatives. Registers: customer e-mails, support tickets and chats, HR and medical notes, contracts,
 * product reviews, news, lower-case chat, JSON, CSV and log lines.
 * Written blind on 2026-11-28 by a helper who read no detector code, tests (other than the batch AC
 * layout) or data. No credentials appear in this batch.
 *
 * Labelling conventions: as in batch AC (titles left out; every mention listed, including lone given or
 * family names and chat speaker labels; an address block is one ADDRESS; a town inside an address is part
 * of the ADDRESS only; inflected forms such as "Poznania", "wrocławia" and the vocative "Zofio" are kept
 * whole; Turkish suffixes after an apostrophe are left out; ORGANIZATION for companies, hospitals,
 * agencies, leagues and airlines, and a place inside an organisation's name is not also a LOCATION).
 * Hard negatives use shape 'negative' for prose and their real shape (log, json, csv, chat) for containers.
 *
 * Judgment calls:
 * - Brands used as products are unlabelled (a Dell XPS, a Ford Transit, a Gillette razor, Disney+, a
 *   Philips vacuum, a Brastemp fridge); a company acting as an entity is ORGANIZATION ("Gillette could
 *   learn ... from Dell" (6), "Dell confirmed" (29), "Ford Motor Company will idle" (39)).
 * - Model names that are places are not LOCATION (Cayenne, Tucson, Santa Fe, Malibu, Sorento, Ibiza, León,
 *   Roma); in 55 "Tucson" is labelled once as the city Dakota grew up in, not as the Hyundai.
 * - Sports teams are unlabelled even when the name is a city (Sevilla FC, Napoli, Bayern, "United",
 *   "man united", "legii", Galatasaray, Fenerbahçe, Ajax, PSV); La Liga (63) is an ORGANIZATION.
 * - Eponyms are not PERSON and place words in them are not LOCATION: diseases (Parkinson's, Addison's,
 *   Lyme, Huntington's), laws, awards, holidays (Columbus Day, Guy Fawkes Night, St. Patrick's Day,
 *   Australia Day, Dia de Portugal, Día de Reyes, la Toussaint, Natal as Christmas), dishes and drinks
 *   (Arnold Palmer, Shirley Temple, Rob Roy, Manhattan, Long Island Iced Tea, Buffalo Wings, Boston Cream
 *   Pie, Pêche Melba, Quiche Lorraine, Bacalhau à Gomes de Sá, Pastel de Belém, Gudeg Jogja, Sate Padang,
 *   Wiener Schnitzel, Berliner, Bossche Bollen, Tarta de Santiago), products (Vichy Célestins, Perrier).
 *   The same words are labelled where they are a person or place: Alan/Joan Parkinson and Priya Addison
 *   (25), Manhattan and Long Island (53), Buffalo (52), the surname Toussaint (67), Noël Garnier (68),
 *   Natal, RN (86), Guy Pearson and "Guy" (54).
 * - Religious and folk figures in set phrases are not PERSON: "the Lord", "God Bless", "Act of God",
 *   "Virgen de Guadalupe" (65), Sinterklaas (76).
 * - Named buildings, stadiums, rooms, landmarks and ships are unlabelled, as are the person names inside
 *   them: Chrysler Building, Royal Albert Hall, HMS Victory, RRS Sir David Attenborough, Queen Mary 2,
 *   Churchill Suite, Lincoln Building, Philips Stadion, Spanish City. A street named without a house
 *   number ("Victoria Terrace" the second time in 20, "the Jefferson Street exit" in 58) is not labelled;
 *   with a number it is part of the ADDRESS (Nelson Street, Victor-Hugo, Karl-Marx-Straße, Via Giuseppe
 *   Garibaldi, Jana Pawła II, Atatürk Bulvarı, Jl. Jenderal Sudirman, Avenida Presidente Vargas).
 * - Cities that are ordinary words are labelled only when used as places: Nice, Split, Reading (22) but
 *   not "Nice to meet you", "Split the hotel bill", "Reading Week" or "Bath Time" (28); Mobile inside the
 *   address in 23 but not "Mobile App"; Hope, Sterling and Normal as CSV city fields (48); Batman (96).
 * - Given names that are words are PERSON when they name someone (Will, Grace, Chase, April, June, Drew,
 *   Joy, Hope, Sterling, Rosario, Mercedes, lower-case ivy, mark, rob, bunga, putri) and unlabelled
 *   otherwise: the months "April 30" and "most of June" (27), "Mark All as Read" (2), "will tell rob"
 *   (45), "un rosario" (65), "pizza margherita" (82), "Dolores musculares" (61) and the Turkish sentence
 *   starts Deniz, Güneş, Demir, Barış (94).
 * - Surnames that are also trades are PERSON in name position (Jürgen Koch, Fleur Visser, Daan Bakker,
 *   Bram de Boer, Wiesław Kowal, Agnieszka Lis) but "Der Koch", "Der Fischer", "der Bäcker" and the job
 *   title "Bakker (m/v)" (79) are not. "Müller (Drogerie)" (75) is the drugstore chain, ORGANIZATION.
 * - "Frankfurt region" (14) and "its Flat Rock plant" (39) are labelled LOCATION (the town is named);
 *   "Darling Harbour" (59), "Camden" (42) and "trastevere" (82) are labelled as districts.
 * - "Louisville KY" on a FROM line without a street (57) is two LOCATION values, not an ADDRESS.
 * - "Sam H." (6) is a PERSON with an initial, kept with its full stop. "John Smith" (58), an alias given
 *   by a visitor, is still a PERSON.
 * - Kinship and courtesy words are not names: "my nans" (8), "Aunt", "Uncle", "ibu", "babci", "avó";
 *   titles Pan/Pani, Pan Prezes, Vali, Bey, Bapak, Dña., Sr., Sra., Madame, Monsieur, Frau, Herrn,
 *   Captain, Senator are left out.
 * - Lower-case "garuda" (100) is the airline and labelled ORGANIZATION; "windows" (33) is the product.
 */
export const BATCH_AF: ShapeFixture[] = [
  // ---- English (1-60) ----
  // 1 mixed: Ford product, Re/DOB, sign-off
  { shape: 'email', text: "Subject: Re: Ford Transit lease\n\nHi Marcus,\n\nThe Ford Transit Custom is booked for collection on Monday from our depot at 14 Ferrier Road, Stevenage SG1 2FP. Please bring the signed Hire Agreement; the DOB on the form must match your licence.\n\nBest Regards,\nHelen Okoro\nFleet Coordinator", expect: [['PERSON', "Marcus"], ['ADDRESS', "14 Ferrier Road, Stevenage SG1 2FP"], ['PERSON', "Helen Okoro"]] },
  // 2 NEG Title Case UI strings (Mark, Will, Bill)
  { shape: 'negative', text: "Welcome Back! Sign In | Forgot Password? | Create Account | Track My Order | Mark All as Read | Will Call Pickup | Bill To / Ship To | Privacy Policy | Terms of Service | Contact Us", expect: [] },
  // 3 mixed: medical eponyms beside names
  { shape: 'notes', text: "Pt: Dorothy Kwan, DOB 03/11/1949. Hx: Alzheimer's disease (dx 2021), Crohn's disease in remission. Daughter Grace Kwan visits from Tacoma on Sundays. Plan: refer to Memory Clinic; carers to complete Heimlich training. Attn: Dr. Lewis", expect: [['PERSON', "Dorothy Kwan"], ['PERSON', "Grace Kwan"], ['LOCATION', "Tacoma"], ['PERSON', "Lewis"]] },
  // 4 NEG medical eponyms and form abbreviations
  { shape: 'negative', text: "Ref: clinic letter. Dx: Hodgkin lymphoma, stage II; Raynaud's phenomenon; Bell's palsy (resolved). Rx: continue ABVD. Pt reports Lyme disease in 2019. FHx: Huntington's disease (paternal). Next review: the Tuesday after Easter Monday.", expect: [] },
  // 5 mixed: companies named after people/places, law named after people, city named after a person
  { shape: 'news', text: "WASHINGTON - Johnson & Johnson and Bank of America were among the firms fined under the Dodd-Frank Act on Thursday, the Treasury Department said. Senator Elaine Mercer of Ohio called the penalties \"long overdue\" in a statement from Columbus.", expect: [['LOCATION', "WASHINGTON"], ['ORGANIZATION', "Johnson & Johnson"], ['ORGANIZATION', "Bank of America"], ['ORGANIZATION', "Treasury Department"], ['PERSON', "Elaine Mercer"], ['LOCATION', "Ohio"], ['LOCATION', "Columbus"]] },
  // 6 mixed: product review, Dell/Gillette as companies
  { shape: 'prose', text: "Bought the Dell XPS 15 for my daughter Ruby before she moved to Exeter. Honestly Gillette could learn a thing about packaging from Dell. Battery Life: Brilliant. Keyboard: Meh. Would Buy Again: Yes. - reviewed by Sam H. from Plymouth", expect: [['PERSON', "Ruby"], ['LOCATION', "Exeter"], ['ORGANIZATION', "Gillette"], ['ORGANIZATION', "Dell"], ['PERSON', "Sam H."], ['LOCATION', "Plymouth"]] },
  // 7 NEG car review: model names that are places (Cayenne, Tucson, Roma, Santa Fe)
  { shape: 'negative', text: "Five Stars. Traded my Porsche Cayenne for a Hyundai Tucson and honestly? No Regrets. The Rosso Corsa paint on the Ferrari Roma costs extra, and the Santa Fe trim beats the Ford Explorer. Pros: Apple CarPlay. Cons: Lane Assist.", expect: [] },
  // 8 mixed: lower-case chat, teams named after places
  { shape: 'chat', text: "jess: omg did u watch man united last night\nowen: nah was at my nans in stockport lol\njess: real madrid next week, we're doomed\nowen: cheers for the ticket tho jess, tell kev i owe him a pint\njess: will do x", expect: [['PERSON', "jess"], ['PERSON', "owen"], ['LOCATION', "stockport"], ['PERSON', "jess"], ['PERSON', "owen"], ['PERSON', "jess"], ['PERSON', "kev"], ['PERSON', "jess"]] },
  // 9 NEG dishes and drinks named after people and places
  { shape: 'negative', text: "Brunch Menu: Eggs Benedict, Caesar Salad, Peking Duck Pancakes, Pavlova, Beef Stroganoff, Chicken Kiev and Waldorf Salad. Drinks: Bloody Mary, Tom Collins, Arnold Palmer, Shirley Temple, Moscow Mule, Singapore Sling, Manhattan.", expect: [] },
  // 10 mixed: HR note, job titles, departments, months
  { shape: 'notes', text: "HR Note - Annual Review\nEmployee: Frank Delgado (Senior Payroll Analyst, Finance Department)\nReviewer: Head of People Operations\nSummary: Frank met all KPIs and covered the Accounts Payable desk over Christmas and New Year. Transfer to the Leeds office approved from January. Next review: May.\nCc: Payroll; Legal", expect: [['PERSON', "Frank Delgado"], ['PERSON', "Frank"], ['LOCATION', "Leeds"]] },
  // 11 NEG legal boilerplate
  { shape: 'negative', text: "THIS LEASE AGREEMENT is made between the Landlord and the Lessee. 1. Term. The Lessee shall pay the Rent on the first Business Day of each Calendar Month. 2. Force Majeure. Neither Party shall be liable for delay caused by an Act of God. 3. Schedule A (Inventory) forms part of this Agreement. IN WITNESS WHEREOF the Parties have executed this Deed.", expect: [] },
  // 12 mixed: contract boilerplate, street named after a person
  { shape: 'case', text: "This Agreement is made on 1 March 2026 between Harbourside Lettings Ltd (the \"Landlord\") and Aoife Brennan-Walsh (the \"Tenant\") in respect of Flat 3, 27 Nelson Street, Bristol BS1 2JT. The Tenant's guarantor is Declan Walsh of Galway, Ireland. Force Majeure: see Clause 14.", expect: [['ORGANIZATION', "Harbourside Lettings Ltd"], ['PERSON', "Aoife Brennan-Walsh"], ['ADDRESS', "Flat 3, 27 Nelson Street, Bristol BS1 2JT"], ['PERSON', "Declan Walsh"], ['LOCATION', "Galway"], ['LOCATION', "Ireland"]] },
  // 13 NEG software named like people (Jenkins, Kafka, Cassandra, Django)
  { shape: 'log', text: "2026-11-02T08:14:22Z ERROR ci.pipeline=Jenkins job=deploy-prod build=4812 msg=\"Kafka consumer timeout; Cassandra node cassandra-3 unreachable; Django migrations skipped\" owner=\"Platform Team\" retry=\"Monday 09:00\"", expect: [] },
  // 14 mixed: support ticket, software names beside people and cities
  { shape: 'ticket', text: "Ticket #88121 - Priority: High\nReporter: Camille Ortiz (Customer Success)\nSubject: Jenkins agent cannot reach Kafka broker in the Frankfurt region\nDescription: Since the Black Friday deploy the Jenkins agent on build-07 times out. Brandon Li from the Network Team suspects the Dublin VPN.\nAssignee: Unassigned", expect: [['PERSON', "Camille Ortiz"], ['LOCATION', "Frankfurt"], ['PERSON', "Brandon Li"], ['LOCATION', "Dublin"]] },
  // 15 mixed: greetings and sign-offs in Title Case
  { shape: 'chat', text: "sian: hiya!! cheers for the help yesterday x\nTomasz: No worries at all. Best Regards to your mum and Happy Holidays!\nsian: ta, Merry Christmas from all of us in Swansea 🎄", expect: [['PERSON', "sian"], ['PERSON', "Tomasz"], ['PERSON', "sian"], ['LOCATION', "Swansea"]] },
  // 16 mixed: teams named after places beside real places
  { shape: 'news', text: "MANCHESTER - Manchester United beat Real Madrid 2-1 on Wednesday night. Marcus Okonjo scored twice before Luka Petrović pulled one back. United travel to Munich to face Bayern next month.", expect: [['LOCATION', "MANCHESTER"], ['PERSON', "Marcus Okonjo"], ['PERSON', "Luka Petrović"], ['LOCATION', "Munich"]] },
  // 17 NEG holidays, some named after people
  { shape: 'negative', text: "Office Closures: Memorial Day, Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas Day and Boxing Day. St. Patrick's Day and Valentine's Day are normal working days, and the August Bank Holiday is observed.", expect: [] },
  // 18 mixed: given names that are words (Will, Grace, Chase), departments and titles
  { shape: 'csv', text: "employee_id,first_name,last_name,department,job_title,office\nE1021,Will,Hardy,Legal,Associate General Counsel,Boston\nE1022,Grace,Liang,Human Resources,HR Business Partner,Austin\nE1023,Chase,Morgan,Finance,Accounts Payable Clerk,Remote", expect: [['PERSON', "Will"], ['PERSON', "Hardy"], ['LOCATION', "Boston"], ['PERSON', "Grace"], ['PERSON', "Liang"], ['LOCATION', "Austin"], ['PERSON', "Chase"], ['PERSON', "Morgan"]] },
  // 19 NEG UI strings in JSON (Bill To, Will Call, Grace Period, Mark as Read)
  { shape: 'json', text: "{\"menu\":{\"file\":\"File\",\"edit\":\"Edit\",\"view\":\"View\",\"help\":\"Help\"},\"buttons\":[\"Save Changes\",\"Discard Draft\",\"Mark as Read\",\"Add to Cart\"],\"labels\":{\"billTo\":\"Bill To\",\"shipTo\":\"Ship To\",\"gracePeriod\":\"Grace Period\",\"willCall\":\"Will Call\"}}", expect: [] },
  // 20 mixed: brand named after a person, street named after a person, landmark
  { shape: 'email', text: "Hello Customer Service Team,\n\nMy Kenwood Chef mixer (Model KVL4100) arrived with a cracked bowl. I ordered it in your Boxing Day Sale. Please arrange collection from 8 Victoria Terrace, Whitley Bay NE26 2QN; the house is on Victoria Terrace opposite the Spanish City dome.\n\nCheers,\nRob Featherstone", expect: [['ADDRESS', "8 Victoria Terrace, Whitley Bay NE26 2QN"], ['PERSON', "Rob Featherstone"]] },
  // 21 NEG awards and laws named after people
  { shape: 'negative', text: "The Nobel Prize in Chemistry, the Pulitzer Prize and the Turing Award headline the gala. Compliance reminders: Sarbanes-Oxley, Dodd-Frank, the Magnitsky Act and the Glass-Steagall debate. Dress Code: Black Tie.", expect: [] },
  // 22 mixed: cities that are ordinary words (Nice, Reading, Split)
  { shape: 'prose', text: "Nice to meet you, Amber. Reading your itinerary, you land in Nice on 3 June, take the ferry to Split on the 9th and fly home to Reading on the 14th. Split the hotel bill with Joy if you like.", expect: [['PERSON', "Amber"], ['LOCATION', "Nice"], ['LOCATION', "Split"], ['LOCATION', "Reading"], ['PERSON', "Joy"]] },
  // 23 mixed: Disney+ product, "Mobile App" beside Mobile, AL
  { shape: 'log', text: "level=info ts=2026-11-02T10:00:01Z svc=checkout event=order_placed customer_name=\"Penny Marsh\" ship_to=\"22 Dauphin Street, Mobile, AL 36602\" product=\"Disney+ Gift Card\" promo_code=\"CYBERMONDAY\" device=\"Mobile App\"", expect: [['PERSON', "Penny Marsh"], ['ADDRESS', "22 Dauphin Street, Mobile, AL 36602"]] },
  // 24 NEG job titles
  { shape: 'negative', text: "Org Chart (Draft): Chief Executive Officer > Chief Operating Officer > Director of Customer Experience > Regional Sales Manager > Account Executive. Dotted line to the General Counsel and the Head of Talent Acquisition. Vacant: Product Owner, Scrum Master.", expect: [] },
  // 25 mixed: surnames that are also disease eponyms
  { shape: 'notes', text: "Referral: Mr Alan Parkinson (DOB 14/02/1958). Not Parkinson's disease; query essential tremor. His wife Joan Parkinson says the tremor began after a fall in Harrogate. PMH: Addison's disease, Graves' disease. Seen by Dr Priya Addison.", expect: [['PERSON', "Alan Parkinson"], ['PERSON', "Joan Parkinson"], ['LOCATION', "Harrogate"], ['PERSON', "Priya Addison"]] },
  // 26 NEG religious terms and festivals
  { shape: 'negative', text: "Sunday Service: Holy Communion at 10, Evensong at 6. Advent Calendar sale in the Parish Hall. Ramadan Mubarak and Eid al-Fitr greetings to all; Diwali and Hanukkah celebrations follow in December. Praise the Lord and God Bless.", expect: [] },
  // 27 mixed: given names that are months (April, June) and Drew
  { shape: 'meeting', text: "Attendees: April Nguyen, June Okafor, Drew Patel\nNotes: April to finalise the budget by April 30. June is on leave for most of June, so Drew will cover. Drew also owns the CRM migration. Next sync: Monday in the Denver office.", expect: [['PERSON', "April Nguyen"], ['PERSON', "June Okafor"], ['PERSON', "Drew Patel"], ['PERSON', "April"], ['PERSON', "June"], ['PERSON', "Drew"], ['PERSON', "Drew"], ['LOCATION', "Denver"]] },
  // 28 NEG town names as ordinary words at sentence start (Reading, Nice, Bath)
  { shape: 'negative', text: "Reading Week starts Monday. Nice weather is forecast, so the Outdoor Club meets at the Main Gate. Bring a Swiss Army knife, a Thermos and your Student ID. Bath Time for the Pets Corner rabbits is at noon.", expect: [] },
  // 29 mixed: Dell as product and company, surname Ford, Fwd/Attn
  { shape: 'email', text: "Subject: Fwd: Dell Latitude refresh\n\nAttn: Kofi Mensah, IT Asset Manager\n\nDell confirmed the Latitude 7450 units ship from its Limerick plant on Friday. Please deliver six to Jamie Ford at 400 Michigan Avenue, Dearborn, MI 48126, and the rest to our Phoenix office.\n\nThanks,\nLiz", expect: [['PERSON', "Kofi Mensah"], ['ORGANIZATION', "Dell"], ['LOCATION', "Limerick"], ['PERSON', "Jamie Ford"], ['ADDRESS', "400 Michigan Avenue, Dearborn, MI 48126"], ['LOCATION', "Phoenix"], ['PERSON', "Liz"]] },
  // 30 NEG product catalogue: brands that look like surnames
  { shape: 'csv', text: "sku,product_name,category\nF150-BLK,Ford F-150 Lightning floor mats,Automotive\nGIL-FUS5,Gillette Fusion5 ProGlide,Personal Care\nDIS-ENC,Disney Encanto Blu-ray,Media\nPOR-911,Porsche 911 Carrera scale model,Toys\nDEL-U27,Dell UltraSharp U2723QE,Monitors\nFER-SF,Ferrari SF-24 cap,Merchandise", expect: [] },
  // 31 mixed: surname Gillett beside the Gillette brand
  { shape: 'email', text: "Dear Ms Gillett,\n\nThank you for returning the Gillette Venus razor set. Your refund has been issued. Our courier will collect the second parcel from 5 Kingfisher Close, Ashford TN23 4HZ on Tuesday.\n\nKind regards,\nCustomer Care Team", expect: [['PERSON', "Gillett"], ['ADDRESS', "5 Kingfisher Close, Ashford TN23 4HZ"]] },
  // 32 NEG hospital departments and eponymous clinics
  { shape: 'negative', text: "Outpatients Directory: Cardiology (Level 2), Radiology, Oncology Day Unit, Maternity Ward, Accident & Emergency, Alzheimer's Support Group (Thursdays), Crohn's & Colitis Clinic, Down Syndrome Family Cafe. Visiting Hours 2-8pm. Chaplaincy and Prayer Room on the Ground Floor.", expect: [] },
  // 33 mixed: lower-case support chat, dell/windows as products
  { shape: 'chat', text: "agent: hi, you're chatting with bella from the help desk\nuser: hiya bella, my dell wont turn on since the windows update\nagent: sorry to hear! whats the name on the account?\nuser: tom gillespie, i'm in aberdeen\nagent: thanks tom, i'll book an engineer for monday", expect: [['PERSON', "bella"], ['PERSON', "bella"], ['PERSON', "tom gillespie"], ['LOCATION', "aberdeen"], ['PERSON', "tom"]] },
  // 34 mixed: Title Case JSON values beside an owner and a city
  { shape: 'json', text: "{\"Status\":\"Active\",\"Plan\":\"Premium Plus\",\"Tier\":\"Gold\",\"Owner\":\"Nadia Romero\",\"Team\":\"Sales Ops\",\"Notes\":\"Renewal due in March; Grace Period applies\",\"Tags\":[\"Black Friday\",\"VIP\",\"Early Bird\"],\"BillingCity\":\"Rochester\"}", expect: [['PERSON', "Nadia Romero"], ['LOCATION', "Rochester"]] },
  // 35 mixed: ship and suite named after people, month May
  { shape: 'prose', text: "Travel update: the Queen Mary 2 leaves Southampton on 12 May for New York. Guests in the Churchill Suite will be met by Captain Eleanor Haddad in the Grand Lobby. Passenger Rowan Achterberg has requested a wheelchair on arrival.", expect: [['LOCATION', "Southampton"], ['LOCATION', "New York"], ['PERSON', "Eleanor Haddad"], ['PERSON', "Rowan Achterberg"]] },
  // 36 NEG buildings and ships named after people
  { shape: 'negative', text: "Open House Weekend: guided tours of the Chrysler Building lobby, the Royal Albert Hall organ and the HMS Victory gun deck, then high tea aboard the RRS Sir David Attenborough. Tickets at the Box Office.", expect: [] },
  // 37 mixed: form abbreviations (Pt, DOB, Ref, Attn)
  { shape: 'form', text: "PATIENT INTAKE\nPt Name: Rosa Delacroix\nDOB: 07/07/1988\nRef: GP letter\nAttn: Triage Nurse\nNext of Kin: Victor Delacroix (spouse)\nAddress: 19 Hawthorn Way, Apt 2, Burlington, VT 05401\nAllergies: Penicillin\nReligion: Catholic", expect: [['PERSON', "Rosa Delacroix"], ['PERSON', "Victor Delacroix"], ['ADDRESS', "19 Hawthorn Way, Apt 2, Burlington, VT 05401"]] },
  // 38 NEG sports teams named after places
  { shape: 'negative', text: "Fixtures this weekend: Manchester United v Aston Villa, Real Madrid v Atlético Madrid, Inter Miami v LA Galaxy, Boston Celtics at Golden State Warriors, and the Dallas Cowboys on Thanksgiving.", expect: [] },
  // 39 mixed: companies named after people/places, Flat Rock plant
  { shape: 'news', text: "DETROIT - Ford Motor Company will idle its Flat Rock plant for two weeks in August, a spokesperson said, while Deutsche Bahn ordered 40 new ICE trains from Siemens. Analyst Hugo Marchetti of Morgan Stanley called both moves prudent.", expect: [['LOCATION', "DETROIT"], ['ORGANIZATION', "Ford Motor Company"], ['LOCATION', "Flat Rock"], ['ORGANIZATION', "Deutsche Bahn"], ['ORGANIZATION', "Siemens"], ['PERSON', "Hugo Marchetti"], ['ORGANIZATION', "Morgan Stanley"]] },
  // 40 mixed: Title Case bot menu, then a customer
  { shape: 'chat', text: "Bot: Hi there! Welcome to the Help Centre. Please select: Billing, Technical Support, Returns & Refunds, or Speak to an Agent.\nUser: Returns & Refunds\nBot: Sure! Please have your Order Number and Postcode ready.\nUser: order 55102, im Ellie Brandt in Guildford\nBot: Thanks, Ellie! A Returns Specialist will be with you shortly.", expect: [['PERSON', "Ellie Brandt"], ['LOCATION', "Guildford"], ['PERSON', "Ellie"]] },
  // 41 mixed: given name Victoria, Legal department, law, sign-offs
  { shape: 'email', text: "Hi team,\n\nQuick heads-up: Victoria from Legal will review the Dodd-Frank disclosures before the Board Meeting on Wednesday. Please send drafts to her, not to the Compliance Inbox.\n\nCheers,\nMo\n\nSent from my iPhone", expect: [['PERSON', "Victoria"], ['PERSON', "Mo"]] },
  // 42 mixed: café review with dishes and Title Case headline
  { shape: 'prose', text: "★★★★☆ Great Coffee, Rude Barista\nOrdered a Flat White and Eggs Benedict at the Camden branch on Saturday. The manager, Gavin, sorted it out with a free slice of Pavlova. Would Recommend.", expect: [['LOCATION', "Camden"], ['PERSON', "Gavin"]] },
  // 43 mixed: device and app names beside a user and geo fields
  { shape: 'log', text: "2026-10-14 09:12:33 INFO user.login user=\"Hannah Kowalczyk\" device=\"iPhone 15 Pro\" app=\"Disney+\" city=\"Kraków\" country=\"Poland\"", expect: [['PERSON', "Hannah Kowalczyk"], ['LOCATION', "Kraków"], ['LOCATION', "Poland"]] },
  // 44 mixed: Ref/Attn/Re/Cc/NB/PS/Encl form header
  { shape: 'form', text: "Ref: INV-20931\nAttn: Nkechi Obi, Accounts Payable\nRe: Q4 Statement\nCc: Finance Director; Procurement Lead\nNB: Net 30 Terms. PS: Happy New Year!\nEncl: Remittance Advice\nRemit to: 10180 101 Street NW, Suite 800, Edmonton, AB T5J 3S4", expect: [['PERSON', "Nkechi Obi"], ['ADDRESS', "10180 101 Street NW, Suite 800, Edmonton, AB T5J 3S4"]] },
  // 45 mixed: lower-case names that are words (ivy, mark, rob), "will"
  { shape: 'chat', text: "ivy: can someone cover my sat shift at the garden centre\nmark: i can if you take my sunday\nivy: deal! will tell rob\nrob: mark as in mark from tills?\nmark: yes lol\nivy: cheers both, see you at the harrogate store", expect: [['PERSON', "ivy"], ['PERSON', "mark"], ['PERSON', "ivy"], ['PERSON', "rob"], ['PERSON', "rob"], ['PERSON', "mark"], ['PERSON', "mark"], ['PERSON', "mark"], ['PERSON', "ivy"], ['LOCATION', "harrogate"]] },
  // 46 mixed: Heimlich, Burns Night, Rob Roy (cocktail)
  { shape: 'prose', text: "The Heimlich manoeuvre saved Gordon Pryce at a Burns Night supper in Dumfries, where Haggis, Neeps and Tatties were served with a Rob Roy.", expect: [['PERSON', "Gordon Pryce"], ['LOCATION', "Dumfries"]] },
  // 47 mixed: HR policy boilerplate with one contact
  { shape: 'notes', text: "Policy Update from Human Resources: Parental Leave, Bereavement Leave and Jury Duty now sit under the Employee Handbook, Section 4. Questions? Contact Marisol Vega, HR Business Partner, in the Tampa office, or the People & Culture Team. Effective Date: 1 January.", expect: [['PERSON', "Marisol Vega"], ['LOCATION', "Tampa"]] },
  // 48 mixed: towns named Hope, Sterling, Normal beside given names Hope, Sterling, Joy
  { shape: 'csv', text: "order,recipient,city,state\n5512,Hope Anderson,Hope,AR\n5513,Sterling Okafor,Sterling,VA\n5514,Joy Wilder,Normal,IL", expect: [['PERSON', "Hope Anderson"], ['LOCATION', "Hope"], ['LOCATION', "AR"], ['PERSON', "Sterling Okafor"], ['LOCATION', "Sterling"], ['LOCATION', "VA"], ['PERSON', "Joy Wilder"], ['LOCATION', "Normal"], ['LOCATION', "IL"]] },
  // 49 NEG software and library names
  { shape: 'negative', text: "Tech Stack: React, Next.js, Django REST Framework, Celery, Pandas, Jasmine, Karma, Jest, Hugo, Gatsby and Julia for notebooks. Monitoring: Grafana, Prometheus, Sentry. CI: Jenkins and Travis CI.", expect: [] },
  // 50 mixed: pipe-separated ticket, Title Case fields
  { shape: 'ticket', text: "Ticket #55120 | Status: Waiting on Customer | Product: Jira Cloud | Reporter: Jasmine Oduya | Summary: Jenkins plugin fails after the Thanksgiving code freeze | Site: Nairobi office | Escalated to: Tier 2", expect: [['PERSON', "Jasmine Oduya"], ['LOCATION', "Nairobi"]] },
  // 51 mixed: Nobel Prize, Alzheimer's, institute
  { shape: 'news', text: "STOCKHOLM - The Nobel Prize in Medicine went to Dr. Ingrid Solberg and Dr. Tomás Arriaga for work on Alzheimer's, the Karolinska Institute said in Solna on Monday.", expect: [['LOCATION', "STOCKHOLM"], ['PERSON', "Ingrid Solberg"], ['PERSON', "Tomás Arriaga"], ['ORGANIZATION', "Karolinska Institute"], ['LOCATION', "Solna"]] },
  // 52 mixed: dishes named after places (Buffalo Wings, Boston Cream Pie)
  { shape: 'prose', text: "Thanksgiving leftovers at Aunt Ruth's place in Buffalo: Buffalo Wings, Turkey Tetrazzini, Boston Cream Pie, Baked Alaska and Brussels Sprouts. Uncle Frank brought a Philly Cheesesteak from Scranton.", expect: [['PERSON', "Ruth"], ['LOCATION', "Buffalo"], ['PERSON', "Frank"], ['LOCATION', "Scranton"]] },
  // 53 mixed: Manhattan and Long Island as drinks and as places
  { shape: 'prose', text: "At a hotel bar in Manhattan, Kayode ordered a Manhattan and I had a Long Island Iced Tea. Tomorrow we drive to Montauk, Long Island, to see Aunt Bernadette.", expect: [['LOCATION', "Manhattan"], ['PERSON', "Kayode"], ['LOCATION', "Montauk"], ['LOCATION', "Long Island"], ['PERSON', "Bernadette"]] },
  // 54 mixed: holidays named after people, given name Guy
  { shape: 'email', text: "From: Guy Pearson\nCalendar for next year: St. Valentine's Day, St. Patrick's Day, Good Friday, Easter Sunday, Pentecost, All Saints' Day, Guy Fawkes Night and St. Andrew's Day. In Edinburgh, Guy will also mark Hogmanay.", expect: [['PERSON', "Guy Pearson"], ['LOCATION', "Edinburgh"], ['PERSON', "Guy"]] },
  // 55 mixed: car models named after places (Malibu, Sorento, Tucson)
  { shape: 'prose', text: "Test drove the Chevrolet Malibu and the Kia Sorento at Crestview Motors in Charlotte. Salesman Dale Whitaker was great. My wife Dakota grew up in Tucson, so of course she liked the Hyundai Tucson best.", expect: [['ORGANIZATION', "Crestview Motors"], ['LOCATION', "Charlotte"], ['PERSON', "Dale Whitaker"], ['PERSON', "Dakota"], ['LOCATION', "Tucson"]] },
  // 56 NEG lower-case brand names (ford, dell, porsche), weekday, sign-offs
  { shape: 'chat', text: "lol my ford fiesta broke down again\nsame, the dell is dying too\nshould've bought a porsche 😂\nfr. anyway happy friday, cheers\nhave a good weekend x", expect: [] },
  // 57 mixed: company named after people, Attn/Ref
  { shape: 'label', text: "SHIP TO:\nAttn: Receiving, Dock 2\nProcter & Gamble\n1 Procter & Gamble Plaza\nCincinnati, OH 45202\nRef: PO 771203\nFROM: Hollis Vance, Vance & Daughters Hardware, Louisville KY", expect: [['ORGANIZATION', "Procter & Gamble"], ['ADDRESS', "1 Procter & Gamble Plaza\nCincinnati, OH 45202"], ['PERSON', "Hollis Vance"], ['ORGANIZATION', "Vance & Daughters Hardware"], ['LOCATION', "Louisville"], ['LOCATION', "KY"]] },
  // 58 mixed: building and bare street named after presidents
  { shape: 'notes', text: "Incident Log: Night Shift\n22:40 Security Officer Bashir Rahman called to the Lincoln Building lobby. Visitor gave his name as John Smith and claimed to be from Facilities. Escorted out via the Jefferson Street exit. Reported to Duty Manager.", expect: [['PERSON', "Bashir Rahman"], ['PERSON', "John Smith"]] },
  // 59 mixed: Pavlova, Australia Day
  { shape: 'news', text: "SYDNEY - A Pavlova the size of a trampoline was unveiled at Darling Harbour on Australia Day by chef Mei-Ling Foster, who trained in Auckland.", expect: [['LOCATION', "SYDNEY"], ['LOCATION', "Darling Harbour"], ['PERSON', "Mei-Ling Foster"], ['LOCATION', "Auckland"]] },
  // 60 mixed: bank named after a place, DOB/Ref
  { shape: 'transcript', text: "[00:00] Agent: Thank you for calling Bank of America, my name is Curtis.\n[00:05] Caller: Hi Curtis, it's Marion Hale. I'm calling about a wire to my son in Lisbon.\n[00:12] Agent: Certainly, Ms. Hale. Can you confirm your DOB and the Ref number on the form?", expect: [['ORGANIZATION', "Bank of America"], ['PERSON', "Curtis"], ['PERSON', "Curtis"], ['PERSON', "Marion Hale"], ['LOCATION', "Lisbon"], ['PERSON', "Hale"]] },

  // ---- Spanish, French, German, Dutch, Italian, Portuguese, Polish, Turkish, Indonesian (61-100) ----
  // 61 NEG Spanish: "Dolores" as a noun at sentence start, Día de Reyes, Title Case headings
  { shape: 'negative', text: "Dolores musculares, Migraña o Fatiga persistente: consulte a su Médico de Cabecera. Horario de Semana Santa: cerrado Jueves y Viernes Santo. ¡Feliz Día de Reyes! Atentamente, el Departamento de Atención al Cliente.", expect: [] },
  // 62 Spanish mixed: given name Mercedes beside Mercedes-Benz, street named after a person
  { shape: 'email', text: "Estimada Dña. Mercedes Ibarra:\n\nLe confirmamos que su Mercedes-Benz Clase A estará listo el lunes en nuestro taller de Calle de José Abascal 45, 28003 Madrid.\n\nAtentamente,\nRamón Soler\nJefe de Taller", expect: [['PERSON', "Mercedes Ibarra"], ['ADDRESS', "Calle de José Abascal 45, 28003 Madrid"], ['PERSON', "Ramón Soler"]] },
  // 63 Spanish mixed: teams named after places (Sevilla FC, Real Madrid)
  { shape: 'news', text: "SEVILLA.— El Real Betis y el Sevilla FC empataron 1-1 el domingo. Tras el partido, el entrenador Joaquín Mena dijo en Triana que el equipo «merecía más». La Liga confirmó que el Real Madrid visitará Sevilla en abril.", expect: [['LOCATION', "SEVILLA"], ['PERSON', "Joaquín Mena"], ['LOCATION', "Triana"], ['ORGANIZATION', "La Liga"], ['LOCATION', "Sevilla"]] },
  // 64 NEG Spanish: UI menu, car models named after places (Ibiza, León), desserts (Catalana, Santiago)
  { shape: 'negative', text: "Menú Principal: Iniciar Sesión · Mi Cuenta · Mis Pedidos · Ayuda. Ofertas de Black Friday en el Seat Ibiza, el Seat León y el Renault Mégane. Postres: Crema Catalana, Tarta de Santiago y Arroz con Leche.", expect: [] },
  // 65 Spanish mixed: Rosario as name vs rosario (rosary), Virgen de Guadalupe
  { shape: 'chat', text: "agente: Buenas tardes, habla Rosario. ¿En qué le puedo ayudar?\ncliente: Hola Rosario, soy Jesús Arellano. Compré un rosario para mi mamá y nunca llegó a Monterrey.\nagente: Lo siento mucho, Sr. Arellano. Feliz Día de la Virgen de Guadalupe, por cierto.", expect: [['PERSON', "Rosario"], ['PERSON', "Rosario"], ['PERSON', "Jesús Arellano"], ['LOCATION', "Monterrey"], ['PERSON', "Arellano"]] },
  // 66 NEG French: menu of dishes named after people and places
  { shape: 'negative', text: "Menu du Jour - Entrée : Salade Niçoise ou Quiche Lorraine. Plat : Bœuf Bourguignon, Sole Meunière ou Croque Monsieur. Dessert : Tarte Tatin, Pêche Melba, Crêpes Suzette. Boissons : Perrier, Vichy Célestins.", expect: [] },
  // 67 French mixed: surname Toussaint vs the holiday, street named after a person
  { shape: 'letter', text: "Objet : votre dossier Réf. 2026-0412\n\nMadame Toussaint,\n\nSuite à votre appel du lundi de Pâques, nous vous confirmons l'envoi du Peugeot Partner de remplacement à votre adresse : 14 avenue Victor-Hugo, 69002 Lyon. Notre agence de Villeurbanne reste fermée pendant la Toussaint.\n\nCordialement,\nJulien Marchal\nChef d'Agence", expect: [['PERSON', "Toussaint"], ['ADDRESS', "14 avenue Victor-Hugo, 69002 Lyon"], ['LOCATION', "Villeurbanne"], ['PERSON', "Julien Marchal"]] },
  // 68 French mixed: given name Noël vs Noël (Christmas)
  { shape: 'chat', text: "client : Bonjour, c'est Noël Garnier, mon colis de Noël n'est toujours pas arrivé à Rennes.\nconseillère : Bonjour Monsieur Garnier, je vérifie. Il est bloqué sur la plateforme Chronopost d'Angers.\nclient : Merci. Joyeux Noël quand même !", expect: [['PERSON', "Noël Garnier"], ['LOCATION', "Rennes"], ['PERSON', "Garnier"], ['ORGANIZATION', "Chronopost"], ['LOCATION', "Angers"]] },
  // 69 NEG French: letter and contract boilerplate
  { shape: 'negative', text: "Objet : Résiliation du Contrat. Madame, Monsieur, Conformément aux Conditions Générales de Vente, le Preneur et le Bailleur conviennent qu'en cas de Force Majeure le Contrat est suspendu. Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées. Le Service Client.", expect: [] },
  // 70 French mixed: companies named after people and places (Galeries Lafayette, Leroy Merlin)
  { shape: 'news', text: "PARIS - Les Galeries Lafayette et Leroy Merlin ont signé mercredi un accord avec la SNCF. Selon Hélène Brossard, directrice financière, les premiers magasins concernés seront à Bordeaux et à Lille. L'annonce a été faite au salon Maison & Objet à Villepinte.", expect: [['LOCATION', "PARIS"], ['ORGANIZATION', "Galeries Lafayette"], ['ORGANIZATION', "Leroy Merlin"], ['ORGANIZATION', "SNCF"], ['PERSON', "Hélène Brossard"], ['LOCATION', "Bordeaux"], ['LOCATION', "Lille"], ['LOCATION', "Villepinte"]] },
  // 71 NEG German: capitalised nouns that are also surnames (Koch, Fischer), dishes named after cities
  { shape: 'negative', text: "Der Koch empfiehlt heute Wiener Schnitzel, Frankfurter Würstchen und Schwarzwälder Kirschtorte. Zum Kaffee gibt es Berliner. Der Fischer liefert jeden Montag frischen Zander. Am Heiligabend bleibt die Kantine geschlossen. Mit freundlichen Grüßen, Ihr Küchenteam", expect: [] },
  // 72 German mixed: HR letter, departments, Betriebsrat
  { shape: 'email', text: "Betreff: Versetzung\n\nSehr geehrte Frau Weber,\n\nIhre Versetzung in die Abteilung Einkauf am Standort Düsseldorf wurde vom Betriebsrat genehmigt. Bitte melden Sie sich am Montag bei Herrn Jürgen Koch im Personalwesen.\n\nMit freundlichen Grüßen\nDr. Anja Lindemann\nLeiterin Personal", expect: [['PERSON', "Weber"], ['LOCATION', "Düsseldorf"], ['PERSON', "Jürgen Koch"], ['PERSON', "Anja Lindemann"]] },
  // 73 German mixed: Deutsche Bahn (inflected), ICE/BahnCard products
  { shape: 'prose', text: "Ihre Reise mit der Deutschen Bahn: ICE 597 von Hamburg nach München, Abfahrt 07:12, Gleis 8. Reisender: Malte Brinkmann, BahnCard 50. Zugbegleiterin: Svenja Öztürk. Gute Fahrt!", expect: [['ORGANIZATION', "Deutschen Bahn"], ['LOCATION', "Hamburg"], ['LOCATION', "München"], ['PERSON', "Malte Brinkmann"], ['PERSON', "Svenja Öztürk"]] },
  // 74 NEG German: medical eponyms (Röntgen, Morbus Crohn, Hashimoto, Parkinson)
  { shape: 'negative', text: "Befund: Röntgen Thorax unauffällig. Diagnosen: Morbus Crohn, Hashimoto-Thyreoiditis, Verdacht auf Morbus Parkinson. Procedere: Kontrolle beim Hausarzt. Der Patient wurde über die Risiken aufgeklärt. Gez. Oberarzt, Innere Medizin", expect: [] },
  // 75 German mixed: street named after a person, drugstore chain Müller, der Bäcker
  { shape: 'label', text: "Lieferung an: Frau Gerda Schuster, Karl-Marx-Straße 112, 12043 Berlin. Hinweis: Bitte bei Müller (Drogerie) im Erdgeschoss abgeben; der Bäcker nebenan nimmt keine Pakete an.", expect: [['PERSON', "Gerda Schuster"], ['ADDRESS', "Karl-Marx-Straße 112, 12043 Berlin"], ['ORGANIZATION', "Müller"]] },
  // 76 NEG Dutch: Koningsdag, Sinterklaas, Bossche Bollen, department names, sign-off
  { shape: 'negative', text: "Geachte heer/mevrouw,\n\nMet ingang van Koningsdag wijzigen onze openingstijden. Sinterklaas komt op 5 december langs met pepernoten en Bossche Bollen. Hoofd Klantenservice en Afdeling Inkoop zijn dan gesloten.\n\nMet vriendelijke groet,\nKlantenservice", expect: [] },
  // 77 Dutch mixed: supermarket named after a person, street named after a painter
  { shape: 'email', text: "Beste Sanne,\n\nDe bestelling van Albert Heijn wordt morgen bezorgd op Johannes Vermeerstraat 21-H, 1071 DR Amsterdam. Kun je de bezorger opvangen? Ik zit tot vrijdag in Eindhoven.\n\nGroetjes,\nBram de Boer", expect: [['PERSON', "Sanne"], ['ORGANIZATION', "Albert Heijn"], ['ADDRESS', "Johannes Vermeerstraat 21-H, 1071 DR Amsterdam"], ['LOCATION', "Eindhoven"], ['PERSON', "Bram de Boer"]] },
  // 78 Dutch mixed: teams (PSV, Ajax), stadium named after a company
  { shape: 'news', text: "EINDHOVEN - PSV en Ajax speelden zondag 2-2 in het Philips Stadion. Trainer Ruud Kamphuis zei dat Ajax-verdediger Sven Dijkstra woensdag in Amersfoort wordt onderzocht.", expect: [['LOCATION', "EINDHOVEN"], ['PERSON', "Ruud Kamphuis"], ['PERSON', "Sven Dijkstra"], ['LOCATION', "Amersfoort"]] },
  // 79 Dutch mixed: surnames that are trades (Visser, Bakker) and "Bakker" as a job title
  { shape: 'csv', text: "Naam;Functie;Afdeling;Vestiging\nFleur Visser;Hoofd Inkoop;Inkoop;Rotterdam\nDaan Bakker;Medewerker Klantenservice;Klantenservice;Zwolle\nVacature;Bakker (m/v);Productie;Zwolle", expect: [['PERSON', "Fleur Visser"], ['LOCATION', "Rotterdam"], ['PERSON', "Daan Bakker"], ['LOCATION', "Zwolle"], ['LOCATION', "Zwolle"]] },
  // 80 NEG Italian: Ferrari Roma (car), Bianchi (bike brand), Ferragosto, letter boilerplate
  { shape: 'negative', text: "Gentile Cliente, La informiamo che il nostro Ufficio Commerciale resterà chiuso per Ferragosto. Nel frattempo, scopra la nuova Ferrari Roma e la bici Bianchi Oltre. Distinti Saluti, il Servizio Clienti.", expect: [] },
  // 81 Italian mixed: morbo di Crohn, Alzheimer, street named after Garibaldi
  { shape: 'notes', text: "Paziente: Lucia Morandi, 54 anni. Anamnesi: morbo di Crohn, Alzheimer in famiglia (madre). Inviata dal Dott. Paolo Conti dell'Ospedale San Raffaele di Milano. Residente in Via Giuseppe Garibaldi 18, 10122 Torino.", expect: [['PERSON', "Lucia Morandi"], ['PERSON', "Paolo Conti"], ['ORGANIZATION', "Ospedale San Raffaele"], ['LOCATION', "Milano"], ['ADDRESS', "Via Giuseppe Garibaldi 18, 10122 Torino"]] },
  // 82 Italian mixed: lower-case chat, pizza margherita vs names
  { shape: 'chat', text: "giulia: stasera pizza margherita o carbonara?\nmarco: margherita, e poi tiramisù a trastevere\ngiulia: ok! lo dico anche a beatrice\nmarco: perfetto, ci vediamo alle 8", expect: [['PERSON', "giulia"], ['PERSON', "marco"], ['LOCATION', "trastevere"], ['PERSON', "giulia"], ['PERSON', "beatrice"], ['PERSON', "marco"]] },
  // 83 Italian mixed: teams (Juventus, Napoli), companies named after families
  { shape: 'news', text: "ROMA - Juventus e Napoli hanno pareggiato 1-1 sabato sera. Alfredo Esposito, sindaco di Caserta, ha annunciato nuovi fondi per lo stadio. Intanto Barilla e Ferrero apriranno due stabilimenti vicino a Parma.", expect: [['LOCATION', "ROMA"], ['PERSON', "Alfredo Esposito"], ['LOCATION', "Caserta"], ['ORGANIZATION', "Barilla"], ['ORGANIZATION', "Ferrero"], ['LOCATION', "Parma"]] },
  // 84 Italian mixed: lease boilerplate (Locatore, Conduttore, Forza Maggiore)
  { shape: 'case', text: "CONTRATTO DI LOCAZIONE\nIl Locatore, sig. Enrico Valli, nato a Verona, e il Conduttore, sig.ra Marta Russo, convengono quanto segue. Immobile: Via Mazzini 7, int. 3, 37121 Verona. Forza Maggiore: si veda l'Art. 9.", expect: [['PERSON', "Enrico Valli"], ['LOCATION', "Verona"], ['PERSON', "Marta Russo"], ['ADDRESS', "Via Mazzini 7, int. 3, 37121 Verona"]] },
  // 85 NEG Portuguese: Natal (Christmas), dishes named after a person and a place, sign-off
  { shape: 'negative', text: "Feliz Natal e Próspero Ano Novo! A Equipe de Atendimento deseja Boas Festas. Cardápio da Ceia: Bacalhau à Gomes de Sá, Pastel de Belém, Rabanada e Bolo Rei. Atenciosamente, Diretoria Comercial.", expect: [] },
  // 86 Portuguese mixed: Natal the city beside Natal (Christmas)
  { shape: 'sms', text: "Oi, aqui é o Natanael Costa. Vou passar as festas em Natal, RN, na casa da minha avó Conceição; o Natal lá é sempre animado. Me liga quando chegar em Recife!", expect: [['PERSON', "Natanael Costa"], ['LOCATION', "Natal"], ['LOCATION', "RN"], ['PERSON', "Conceição"], ['LOCATION', "Recife"]] },
  // 87 Portuguese mixed: retailer named after a state, avenue named after a president
  { shape: 'form', text: "Pedido entregue por Casas Bahia.\nDestinatário: Helena Figueiredo\nEndereço: Avenida Presidente Vargas, 1200, sala 804, Centro, Rio de Janeiro - RJ, 20071-004\nProduto: Geladeira Brastemp Frost Free", expect: [['ORGANIZATION', "Casas Bahia"], ['PERSON', "Helena Figueiredo"], ['ADDRESS', "Avenida Presidente Vargas, 1200, sala 804, Centro, Rio de Janeiro - RJ, 20071-004"]] },
  // 88 Portuguese mixed: teams (Benfica, Sporting), Dia de Portugal
  { shape: 'news', text: "LISBOA - O Benfica venceu o Sporting por 2-0. O treinador, Rui Carvalhal, elogiou os adeptos vindos de Braga e do Porto. A Caixa Geral de Depósitos patrocina o Dia de Portugal em Coimbra.", expect: [['LOCATION', "LISBOA"], ['PERSON', "Rui Carvalhal"], ['LOCATION', "Braga"], ['LOCATION', "Porto"], ['ORGANIZATION', "Caixa Geral de Depósitos"], ['LOCATION', "Coimbra"]] },
  // 89 Portuguese mixed: HR letter, Departamento Pessoal, Carnaval
  { shape: 'email', text: "Prezada Sra. Aparecida Lopes,\n\nInformamos que suas férias foram aprovadas pelo Departamento Pessoal. O retorno será após o Carnaval, na unidade de Campinas.\n\nAtenciosamente,\nGerência de RH - Itaú Unibanco", expect: [['PERSON', "Aparecida Lopes"], ['LOCATION', "Campinas"], ['ORGANIZATION', "Itaú Unibanco"]] },
  // 90 NEG Polish: courtesy capitals (Państwo), Wigilia, dishes with place adjectives
  { shape: 'negative', text: "Szanowni Państwo,\nZapraszamy na Wigilię firmową! W Menu: Barszcz z Uszkami, Pierogi Ruskie, Karp po Żydowsku i Sernik Wiedeński.\nPozdrawiamy, Dział Kadr\nPS Biuro nieczynne w Święto Niepodległości.", expect: [] },
  // 91 Polish mixed: complaint, Philips product, street named after a pope
  { shape: 'email', text: "Dzień dobry, nazywam się Wiesław Kowal i piszę w sprawie reklamacji odkurzacza Philips. Proszę o odbiór z adresu: ul. Jana Pawła II 15/3, 31-042 Kraków.\nPozdrawiam,\nWiesław", expect: [['PERSON', "Wiesław Kowal"], ['ADDRESS', "ul. Jana Pawła II 15/3, 31-042 Kraków"], ['PERSON', "Wiesław"]] },
  // 92 Polish mixed: Pani/Pan courtesy titles, Wielki Czwartek, bank
  { shape: 'email', text: "Pani Zofio, przypominam, że Pan Prezes Nowicki wraca z Poznania w Wielki Czwartek. Proszę przygotować umowę z PKO Bank Polski.\nZ poważaniem,\nAgnieszka Lis", expect: [['PERSON', "Zofio"], ['PERSON', "Nowicki"], ['LOCATION', "Poznania"], ['ORGANIZATION', "PKO Bank Polski"], ['PERSON', "Agnieszka Lis"]] },
  // 93 Polish mixed: lower-case chat, team (legii), greetings
  { shape: 'chat', text: "kasia: idziesz jutro na mecz legii?\nbartek: nie, jadę do wrocławia do babci\nkasia: szkoda, pozdrów babcię! wesołych świąt\nbartek: dzięki kasia, nawzajem", expect: [['PERSON', "kasia"], ['PERSON', "bartek"], ['LOCATION', "wrocławia"], ['PERSON', "kasia"], ['PERSON', "bartek"], ['PERSON', "kasia"]] },
  // 94 NEG Turkish: sentence starts that are also given names (Deniz, Güneş, Demir, Barış)
  { shape: 'negative', text: "Deniz kenarında yeni bir otel açıldı. Güneş enerjisi panelleri çatıya kuruldu. Demir kapılar pazartesi değiştirilecek. Barış ve huzur dolu bir Kurban Bayramı dileriz.\nSaygılarımla,\nSite Yönetimi", expect: [] },
  // 95 Turkish mixed: Sayın, Cumhuriyet Bayramı, boulevard named after Atatürk
  { shape: 'email', text: "Sayın Deniz Yıldız,\n\nSiparişiniz Ankara'daki depomuzdan çıktı ve Atatürk Bulvarı No: 125/7, Kavaklıdere, Çankaya, Ankara adresine teslim edilecek. Cumhuriyet Bayramı nedeniyle teslimat salı günü yapılacaktır.\n\nSaygılarımla,\nEmre Aslan\nMüşteri Hizmetleri", expect: [['PERSON', "Deniz Yıldız"], ['LOCATION', "Ankara"], ['ADDRESS', "Atatürk Bulvarı No: 125/7, Kavaklıdere, Çankaya, Ankara"], ['PERSON', "Emre Aslan"]] },
  // 96 Turkish mixed: teams (Galatasaray, Fenerbahçe), the city Batman
  { shape: 'news', text: "İSTANBUL - Galatasaray ile Fenerbahçe derbisi öncesinde Vali Murat Kaya, Kadıköy'de güvenlik önlemlerini açıkladı. Batman'dan gelen taraftarlar için ek otobüs seferi konuldu.", expect: [['LOCATION', "İSTANBUL"], ['PERSON', "Murat Kaya"], ['LOCATION', "Kadıköy"], ['LOCATION', "Batman"]] },
  // 97 Turkish mixed: Alzheimer, given names Umut and Bahar
  { shape: 'notes', text: "Hasta: Umut Çelik, 41 yaşında. Tanı: Alzheimer değil, B12 eksikliği. Eşi Bahar Çelik İzmir'den geldi. Umut Bey bugün taburcu edildi.", expect: [['PERSON', "Umut Çelik"], ['PERSON', "Bahar Çelik"], ['LOCATION', "İzmir"], ['PERSON', "Umut"]] },
  // 98 NEG Indonesian: Idul Fitri, dishes named after places (Sate Padang, Gudeg Jogja), "Indah" at sentence start
  { shape: 'negative', text: "Selamat Hari Raya Idul Fitri! Mohon maaf lahir dan batin. Menu Lebaran: Ketupat, Opor Ayam, Sate Padang, Soto Betawi dan Gudeg Jogja. Indah sekali, bukan?\nHormat kami,\nBagian Personalia", expect: [] },
  // 99 Indonesian mixed: Yth./Bapak, street named after a general
  { shape: 'email', text: "Yth. Bapak Agus Santoso,\n\nPaket Anda akan dikirim ke Jl. Jenderal Sudirman Kav. 52-53, Senayan, Jakarta Selatan 12190. Kurir dari Surabaya tiba hari Senin.\n\nHormat kami,\nDewi Kartika\nLayanan Pelanggan", expect: [['PERSON', "Agus Santoso"], ['ADDRESS', "Jl. Jenderal Sudirman Kav. 52-53, Senayan, Jakarta Selatan 12190"], ['LOCATION', "Surabaya"], ['PERSON', "Dewi Kartika"]] },
  // 100 Indonesian mixed: lower-case chat, names that are words (putri, bunga), airline
  { shape: 'chat', text: "putri: bunga, jadi ke bandung minggu depan?\nbunga: jadi dong, naik garuda dari medan\nputri: asik! salam buat ibu ya\nbunga: siap 🙏", expect: [['PERSON', "putri"], ['PERSON', "bunga"], ['LOCATION', "bandung"], ['PERSON', "bunga"], ['ORGANIZATION', "garuda"], ['LOCATION', "medan"], ['PERSON', "putri"], ['PERSON', "bunga"]] },
];
