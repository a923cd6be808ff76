import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch GV: 30 Greek and 30 Vietnamese records (chat, e-mail, forms, JSON with native keys, logs, CSV,
 * tickets, address blocks, prose; honorifics and articles left out of names; 8 hard negatives), written
 * blind on 2026-11-27 (session 18) by a helper who read no detector code, tests or data. A town inside
 * an address is part of the ADDRESS only. Expected values are listed in text order (a name that also
 * occurs inside a longer one is placed at its own occurrence).
 */
export const BATCH_GV: ShapeFixture[] = [
  // el, prose
  { shape: "prose", text: "Ο Γιώργος Παπαθανασίου, υπεύθυνος πωλήσεων της Αιγαιοπελαγίτικη Λογιστική Α.Ε., μετακόμισε πέρσι στη Λάρισα μαζί με την οικογένειά του.", expect: [["PERSON", "Γιώργος Παπαθανασίου"], ["ORGANIZATION", "Αιγαιοπελαγίτικη Λογιστική Α.Ε."], ["LOCATION", "Λάρισα"]] },
  // el, chat
  { shape: "chat", text: "[10:42] Ελένη: Μίλησα με την κα Κωνσταντίνα Ραφαηλίδου, θα περάσει αύριο από το γραφείο στην Πάτρα.\n[10:43] Θάνος: τέλεια, ευχαριστώ!", expect: [["PERSON", "Ελένη"], ["PERSON", "Κωνσταντίνα Ραφαηλίδου"], ["LOCATION", "Πάτρα"], ["PERSON", "Θάνος"]] },
  // el, email
  { shape: "email", text: "Αγαπητέ κ. Μαυρίδη,\n\nσας ενημερώνουμε ότι η παραγγελία σας θα αποσταλεί στη διεύθυνση Οδός Αγίου Δημητρίου 47, 546 30 Θεσσαλονίκη εντός τριών εργάσιμων ημερών.\n\nΜε εκτίμηση,\nΣοφία Καραγιάννη\nΤμήμα Εξυπηρέτησης Πελατών\nΕλαιώνας Logistics Ε.Π.Ε.", expect: [["PERSON", "Μαυρίδη"], ["ADDRESS", "Οδός Αγίου Δημητρίου 47, 546 30 Θεσσαλονίκη"], ["PERSON", "Σοφία Καραγιάννη"], ["ORGANIZATION", "Ελαιώνας Logistics Ε.Π.Ε."]] },
  // el, form
  { shape: "form", text: "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ\nΟνοματεπώνυμο: Δημήτριος Χατζηγεωργίου\nΔιεύθυνση: Λεωφόρος Κηφισίας 212, 151 24 Μαρούσι\nΕργοδότης: Πλειάς Ασφαλιστική Α.Ε.\nΥπογραφή: ______", expect: [["PERSON", "Δημήτριος Χατζηγεωργίου"], ["ADDRESS", "Λεωφόρος Κηφισίας 212, 151 24 Μαρούσι"], ["ORGANIZATION", "Πλειάς Ασφαλιστική Α.Ε."]] },
  // el, json
  { shape: "json", text: "{\"όνομα\": \"Αναστασία Λιάκου\", \"πόλη\": \"Ηράκλειο\", \"εργοδότης\": \"Τράπεζα Μεσογειακής Πίστεως\", \"ενεργός\": true}", expect: [["PERSON", "Αναστασία Λιάκου"], ["LOCATION", "Ηράκλειο"], ["ORGANIZATION", "Τράπεζα Μεσογειακής Πίστεως"]] },
  // el, log
  { shape: "log", text: "2024-03-11 08:15:02 INFO auth: user=ntsoukalas login ok name=\"Νίκος Τσουκαλάς\" city=\"Βόλος\" org=\"Θεσσαλική Ενεργειακή Α.Ε.\"", expect: [["PERSON", "Νίκος Τσουκαλάς"], ["LOCATION", "Βόλος"], ["ORGANIZATION", "Θεσσαλική Ενεργειακή Α.Ε."]] },
  // el, csv
  { shape: "csv", text: "ονοματεπώνυμο,νομός,διεύθυνση,εταιρεία\nΙωάννα Πετροπούλου,Μεσσηνία,\"Οδός Αριστομένους 88, 241 00 Καλαμάτα\",Μεσσηνιακά Ελαιουργεία Ο.Ε.", expect: [["PERSON", "Ιωάννα Πετροπούλου"], ["LOCATION", "Μεσσηνία"], ["ADDRESS", "Οδός Αριστομένους 88, 241 00 Καλαμάτα"], ["ORGANIZATION", "Μεσσηνιακά Ελαιουργεία Ο.Ε."]] },
  // el, ticket
  { shape: "ticket", text: "Αίτημα #4471 — Προτεραιότητα: Υψηλή\nΠελάτης: Σπύρος Αλεξίου\nΠεριγραφή: Ο πελάτης αναφέρει ότι το δέμα παραδόθηκε κατά λάθος στο Ναύπλιο αντί για την Τρίπολη. Ζητά επικοινωνία από την ομάδα της ΤαχυΔρόμος Express.", expect: [["PERSON", "Σπύρος Αλεξίου"], ["LOCATION", "Ναύπλιο"], ["LOCATION", "Τρίπολη"], ["ORGANIZATION", "ΤαχυΔρόμος Express"]] },
  // el, address-block
  { shape: "label", text: "Προς:\nκα Μαρία Ζαφειρίου\nΠλατεία Ελευθερίας 5\n851 00 Ρόδος", expect: [["PERSON", "Μαρία Ζαφειρίου"], ["ADDRESS", "Πλατεία Ελευθερίας 5\n851 00 Ρόδος"]] },
  // el, prose
  { shape: "prose", text: "Η σύζυγος του Αντώνη Βλαχογιάννη εργάζεται ως νοσηλεύτρια στο Γενικό Νοσοκομείο Αγίας Ειρήνης στα Χανιά εδώ και δέκα χρόνια.", expect: [["PERSON", "Αντώνη Βλαχογιάννη"], ["ORGANIZATION", "Γενικό Νοσοκομείο Αγίας Ειρήνης"], ["LOCATION", "Χανιά"]] },
  // el, prose
  { shape: "prose", text: "Χθες το απόγευμα συναντήσαμε τον Θοδωρή Καλογεράκη και την Αγγελική Σταματοπούλου στο λιμάνι της Νάξου.", expect: [["PERSON", "Θοδωρή Καλογεράκη"], ["PERSON", "Αγγελική Σταματοπούλου"], ["LOCATION", "Νάξου"]] },
  // el, chat
  { shape: "chat", text: "Κατερίνα: έστειλες τα χαρτιά στον κ. Ρήγα;\nΠαύλος: ναι, χθες, με courier στο Πανεπιστήμιο Ιονίου Αρχιπελάγους στην Κέρκυρα", expect: [["PERSON", "Κατερίνα"], ["PERSON", "Ρήγα"], ["PERSON", "Παύλος"], ["ORGANIZATION", "Πανεπιστήμιο Ιονίου Αρχιπελάγους"], ["LOCATION", "Κέρκυρα"]] },
  // el, email
  { shape: "email", text: "Θέμα: Επιβεβαίωση ραντεβού\n\nΚαλημέρα κυρία Οικονόμου,\n\nτο ραντεβού σας στην Οδοντιατρική Κλινική Ασκληπιός είναι την Πέμπτη στις 11:00, Λεωφόρος Βασιλίσσης Όλγας 134, 546 45 Θεσσαλονίκη.\n\nΦιλικά,\nΧρύσα Δεληγιάννη", expect: [["PERSON", "Οικονόμου"], ["ORGANIZATION", "Οδοντιατρική Κλινική Ασκληπιός"], ["ADDRESS", "Λεωφόρος Βασιλίσσης Όλγας 134, 546 45 Θεσσαλονίκη"], ["PERSON", "Χρύσα Δεληγιάννη"]] },
  // el, form
  { shape: "form", text: "ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ Νο 00318\nΑποστολέας: Αρτοποιία Ζαχαρίου Ο.Ε.\nΠαραλήπτης: Ευάγγελος Μπούρας\nΔιεύθυνση παράδοσης: Οδός Ερμού 19, 105 63 Αθήνα\nΤεμάχια: 3", expect: [["ORGANIZATION", "Αρτοποιία Ζαχαρίου Ο.Ε."], ["PERSON", "Ευάγγελος Μπούρας"], ["ADDRESS", "Οδός Ερμού 19, 105 63 Αθήνα"]] },
  // el, prose
  { shape: "prose", text: "Ο πρόεδρος του Συλλόγου Αλιέων Πυθαγορείου, Μιχάλης Ντάβαρης, δήλωσε ότι φέτος η αλιευτική περίοδος στο Αιγαίο ξεκινά νωρίτερα.", expect: [["ORGANIZATION", "Συλλόγου Αλιέων Πυθαγορείου"], ["PERSON", "Μιχάλης Ντάβαρης"], ["LOCATION", "Αιγαίο"]] },
  // el, json
  { shape: "json", text: "{\"πελάτης\": {\"ονοματεπώνυμο\": \"Ραλλού Γκίκα\", \"διεύθυνση\": \"Οδός Κολοκοτρώνη 7, 221 00 Τρίπολη\"}, \"κατάστημα\": \"Αρκαδικά Τυροκομεία Α.Ε.\", \"ποσό\": 42.5}", expect: [["PERSON", "Ραλλού Γκίκα"], ["ADDRESS", "Οδός Κολοκοτρώνη 7, 221 00 Τρίπολη"], ["ORGANIZATION", "Αρκαδικά Τυροκομεία Α.Ε."]] },
  // el, log
  { shape: "log", text: "[WARN] 2024-05-02T14:22:10Z payment-svc: αποτυχία χρέωσης για τον πελάτη Στέλιο Μαργαρίτη (Λεμεσός) — απάντηση από Αμμοχωστιανή Τράπεζα: κωδικός 51", expect: [["PERSON", "Στέλιο Μαργαρίτη"], ["LOCATION", "Λεμεσός"], ["ORGANIZATION", "Αμμοχωστιανή Τράπεζα"]] },
  // el, form
  { shape: "form", text: "Όνομα: Βασιλική\nΕπώνυμο: Κουτσογιάννη\nΠόλη: Ιωάννινα\nΕργοδότης: Ηπειρωτική Γαλακτοβιομηχανία Α.Ε.", expect: [["PERSON", "Βασιλική"], ["PERSON", "Κουτσογιάννη"], ["LOCATION", "Ιωάννινα"], ["ORGANIZATION", "Ηπειρωτική Γαλακτοβιομηχανία Α.Ε."]] },
  // el, ticket
  { shape: "ticket", text: "TICKET-9902 | Κατάσταση: Ανοιχτό\nΗ κα Δέσποινα Φραγκιαδάκη από το Ρέθυμνο ζητά αλλαγή διεύθυνσης αποστολής σε: Οδός Ηρώων Πολυτεχνείου 31, 731 33 Χανιά.", expect: [["PERSON", "Δέσποινα Φραγκιαδάκη"], ["LOCATION", "Ρέθυμνο"], ["ADDRESS", "Οδός Ηρώων Πολυτεχνείου 31, 731 33 Χανιά"]] },
  // el, prose
  { shape: "prose", text: "Το καλοκαίρι η οικογένεια Σαριδάκη νοίκιασε ένα πέτρινο σπίτι στη Σίφνο για δύο εβδομάδες.", expect: [["PERSON", "Σαριδάκη"], ["LOCATION", "Σίφνο"]] },
  // el, email
  { shape: "email", text: "Γεια σου Νεφέλη,\n\nσου προωθώ την πρόταση της Δρυάδα Σύμβουλοι Ι.Κ.Ε. για το έργο στην Κοζάνη. Πες μου τη γνώμη σου μέχρι την Παρασκευή.\n\nΤα λέμε,\nΆρης", expect: [["PERSON", "Νεφέλη"], ["ORGANIZATION", "Δρυάδα Σύμβουλοι Ι.Κ.Ε."], ["LOCATION", "Κοζάνη"], ["PERSON", "Άρης"]] },
  // el, address-block
  { shape: "label", text: "Αποστολέας:\nΚωνσταντίνος Ρουσσάκης\nΛεωφόρος Δημοκρατίας 66\n681 00 Αλεξανδρούπολη\n\nΠαραλήπτης:\nΦαρμακείο Αναστασιάδη\nΟδός Μητροπόλεως 12\n691 00 Κομοτηνή", expect: [["PERSON", "Κωνσταντίνος Ρουσσάκης"], ["ADDRESS", "Λεωφόρος Δημοκρατίας 66\n681 00 Αλεξανδρούπολη"], ["ORGANIZATION", "Φαρμακείο Αναστασιάδη"], ["ADDRESS", "Οδός Μητροπόλεως 12\n691 00 Κομοτηνή"]] },
  // el, chat
  { shape: "chat", text: "μόλις πήρε τηλέφωνο η γραμματέας της Ευτυχίας Μανωλάκη, λέει ότι η συνάντηση μεταφέρεται στο Ηράκλειο την άλλη εβδομάδα", expect: [["PERSON", "Ευτυχίας Μανωλάκη"], ["LOCATION", "Ηράκλειο"]] },
  // el, csv
  { shape: "csv", text: "id,ονοματεπώνυμο,πόλη,ημ_εγγραφής\n101,Λευτέρης Πανταζής,Σέρρες,2023-09-14\n102,Ζωή Αργυροπούλου,Δράμα,2023-10-02", expect: [["PERSON", "Λευτέρης Πανταζής"], ["LOCATION", "Σέρρες"], ["PERSON", "Ζωή Αργυροπούλου"], ["LOCATION", "Δράμα"]] },
  // el, prose
  { shape: "prose", text: "Η Ναυτιλιακή Κυανή Ακτή Α.Ε. ανακοίνωσε νέα δρομολόγια από τον Πειραιά προς την Τήνο και την Άνδρο από τον Ιούνιο.", expect: [["ORGANIZATION", "Ναυτιλιακή Κυανή Ακτή Α.Ε."], ["LOCATION", "Πειραιά"], ["LOCATION", "Τήνο"], ["LOCATION", "Άνδρο"]] },
  // el, json
  { shape: "json", text: "{\"όνομα_χρήστη\": \"Ανδρέας Χαραλάμπους\", \"γενέτειρα\": \"Πάφος\", \"διεύθυνση\": \"Οδός Ζήνωνος Κιτιέως 45, 6022 Λάρνακα\"}", expect: [["PERSON", "Ανδρέας Χαραλάμπους"], ["LOCATION", "Πάφος"], ["ADDRESS", "Οδός Ζήνωνος Κιτιέως 45, 6022 Λάρνακα"]] },
  // el, prose
  { shape: "prose", text: "ΓΕΝΙΚΟΙ ΟΡΟΙ ΧΡΗΣΗΣ\n\nΆρθρο 1 – Ορισμοί\nΠαρακαλούμε διαβάστε προσεκτικά τους Όρους πριν από την Εγγραφή. Ελπίδα μας είναι η Υπηρεσία να σας φανεί χρήσιμη.", expect: [] },
  // el, log
  { shape: "log", text: "2024-02-29 23:59:59 DEBUG Χρονοπρογραμματιστής: η εργασία Αντίγραφο_Ασφαλείας ολοκληρώθηκε. Επόμενη εκτέλεση: Τετάρτη 06:00. Κατάσταση: Επιτυχία", expect: [] },
  // el, chat
  { shape: "chat", text: "Καλή Χρονιά σε όλους!! Νίκη και στο επόμενο τουρνουά 💪 Ευχαριστώ για τη Βοήθεια τον Δεκέμβριο, τα λέμε μετά τα Φώτα.", expect: [] },
  // el, form
  { shape: "form", text: "Κατηγορία: Ηλεκτρικές Συσκευές\nΜοντέλο: Αύρα 3000 Plus\nΧρώμα: Λευκό\nΕγγύηση έως: Ιανουάριος 2026\nΣημειώσεις: Χωρίς παρατηρήσεις", expect: [] },
  // vi, prose
  { shape: "prose", text: "Anh Nguyễn Văn Thành hiện làm kỹ sư tại Công ty TNHH Cơ khí Phú Hưng Thịnh ở Bình Dương được gần năm năm.", expect: [["PERSON", "Nguyễn Văn Thành"], ["ORGANIZATION", "Công ty TNHH Cơ khí Phú Hưng Thịnh"], ["LOCATION", "Bình Dương"]] },
  // vi, chat
  { shape: "chat", text: "[21:05] Lan Anh: chị Trần Thị Thu Hà ơi, mai em bay ra Đà Nẵng nhé\n[21:06] Thu Hà: ok em, nhớ mang áo khoác", expect: [["PERSON", "Lan Anh"], ["PERSON", "Trần Thị Thu Hà"], ["LOCATION", "Đà Nẵng"], ["PERSON", "Thu Hà"]] },
  // vi, email
  { shape: "email", text: "Kính gửi ông Lê Quang Vinh,\n\nCông ty Cổ phần Giao nhận Sao Mai Xanh xin thông báo đơn hàng của ông sẽ được giao đến địa chỉ Số 18 Ngõ 45 Phố Hào Nam, Phường Ô Chợ Dừa, Quận Đống Đa, Hà Nội trong ngày mai.\n\nTrân trọng,\nPhạm Ngọc Diệp\nPhòng Chăm sóc Khách hàng", expect: [["PERSON", "Lê Quang Vinh"], ["ORGANIZATION", "Công ty Cổ phần Giao nhận Sao Mai Xanh"], ["ADDRESS", "Số 18 Ngõ 45 Phố Hào Nam, Phường Ô Chợ Dừa, Quận Đống Đa, Hà Nội"], ["PERSON", "Phạm Ngọc Diệp"]] },
  // vi, form
  { shape: "form", text: "Họ và tên: Đỗ Thị Mỹ Linh\nNgày sinh: 12/04/1995\nĐịa chỉ: 27/3 Hẻm 112 Đường Lê Văn Sỹ, Phường 13, Quận 3, Thành phố Hồ Chí Minh\nNơi làm việc: Bệnh viện Đa khoa An Khang Phúc", expect: [["PERSON", "Đỗ Thị Mỹ Linh"], ["ADDRESS", "27/3 Hẻm 112 Đường Lê Văn Sỹ, Phường 13, Quận 3, Thành phố Hồ Chí Minh"], ["ORGANIZATION", "Bệnh viện Đa khoa An Khang Phúc"]] },
  // vi, json
  { shape: "json", text: "{\"họ_tên\": \"Vũ Minh Khôi\", \"tỉnh\": \"Quảng Ninh\", \"ngân_hàng\": \"Ngân hàng TMCP Hưng Thịnh Việt\", \"hạn_mức\": 50000000}", expect: [["PERSON", "Vũ Minh Khôi"], ["LOCATION", "Quảng Ninh"], ["ORGANIZATION", "Ngân hàng TMCP Hưng Thịnh Việt"]] },
  // vi, log
  { shape: "log", text: "2024-06-14 09:30:11 INFO order=88213 customer=\"Hoàng Gia Bảo\" ship_to=\"Số 5 Đường Trần Phú, Phường Lộc Thọ, Thành phố Nha Trang, Tỉnh Khánh Hòa\" carrier=\"Giao Hàng Tốc Hành Nam Việt\"", expect: [["PERSON", "Hoàng Gia Bảo"], ["ADDRESS", "Số 5 Đường Trần Phú, Phường Lộc Thọ, Thành phố Nha Trang, Tỉnh Khánh Hòa"], ["ORGANIZATION", "Giao Hàng Tốc Hành Nam Việt"]] },
  // vi, csv
  { shape: "csv", text: "họ tên,tỉnh/thành,công ty\nNgô Thanh Tùng,Cần Thơ,Công ty CP Thủy sản Mekong Xanh\nBùi Thị Hồng Nhung,Hải Phòng,Tập đoàn Vận tải Hải Long", expect: [["PERSON", "Ngô Thanh Tùng"], ["LOCATION", "Cần Thơ"], ["ORGANIZATION", "Công ty CP Thủy sản Mekong Xanh"], ["PERSON", "Bùi Thị Hồng Nhung"], ["LOCATION", "Hải Phòng"], ["ORGANIZATION", "Tập đoàn Vận tải Hải Long"]] },
  // vi, ticket
  { shape: "ticket", text: "Mã yêu cầu: HT-20931\nKhách hàng: bà Trương Thị Kim Oanh\nNội dung: Khách phản ánh gói hàng gửi từ Huế bị giao nhầm sang Quảng Trị. Đề nghị bộ phận kho của Công ty Bưu chính Thuận Phát kiểm tra lại.", expect: [["PERSON", "Trương Thị Kim Oanh"], ["LOCATION", "Huế"], ["LOCATION", "Quảng Trị"], ["ORGANIZATION", "Công ty Bưu chính Thuận Phát"]] },
  // vi, address-block
  { shape: "label", text: "Người nhận: Cô Phan Thị Ngọc Ánh\nSố 102 Đường Nguyễn Văn Cừ\nPhường An Khánh, Quận Ninh Kiều\nThành phố Cần Thơ", expect: [["PERSON", "Phan Thị Ngọc Ánh"], ["ADDRESS", "Số 102 Đường Nguyễn Văn Cừ\nPhường An Khánh, Quận Ninh Kiều\nThành phố Cần Thơ"]] },
  // vi, prose
  { shape: "prose", text: "Chú Huỳnh Văn Lợi bán cà phê ở đầu hẻm đã hơn hai mươi năm, từ hồi gia đình chú còn ở Vĩnh Long.", expect: [["PERSON", "Huỳnh Văn Lợi"], ["LOCATION", "Vĩnh Long"]] },
  // vi, chat
  { shape: "chat", text: "em Khoa ơi, anh Đặng Hữu Phước bên Trường Đại học Bách khoa Miền Trung gọi tìm em đó, gọi lại cho anh ấy nha", expect: [["PERSON", "Khoa"], ["PERSON", "Đặng Hữu Phước"], ["ORGANIZATION", "Trường Đại học Bách khoa Miền Trung"]] },
  // vi, email
  { shape: "email", text: "Chào chị Ngọc,\n\nEm gửi chị báo giá của Công ty TNHH Nội thất Gỗ Việt Mộc. Văn phòng bên em ở Số 9 Đường Hùng Vương, Phường 1, Thành phố Tuy Hòa, Tỉnh Phú Yên, chị ghé lúc nào cũng được ạ.\n\nThân,\nLý Thanh Tâm", expect: [["PERSON", "Ngọc"], ["ORGANIZATION", "Công ty TNHH Nội thất Gỗ Việt Mộc"], ["ADDRESS", "Số 9 Đường Hùng Vương, Phường 1, Thành phố Tuy Hòa, Tỉnh Phú Yên"], ["PERSON", "Lý Thanh Tâm"]] },
  // vi, prose
  { shape: "prose", text: "Theo ông Tạ Đình Nghĩa, giám đốc Hợp tác xã Nông nghiệp Tân Phú Điền, sản lượng thanh long năm nay ở Bình Thuận tăng khoảng 15% so với năm ngoái.", expect: [["PERSON", "Tạ Đình Nghĩa"], ["ORGANIZATION", "Hợp tác xã Nông nghiệp Tân Phú Điền"], ["LOCATION", "Bình Thuận"]] },
  // vi, form
  { shape: "form", text: "PHIẾU GIAO HÀNG\nNgười gửi: Cửa hàng Điện máy Minh Phát\nNgười nhận: Lương Văn Hiếu\nĐịa chỉ giao: Thôn Đông, Xã Thạch Hòa, Huyện Thạch Thất, Hà Nội\nGhi chú: gọi trước khi giao", expect: [["ORGANIZATION", "Cửa hàng Điện máy Minh Phát"], ["PERSON", "Lương Văn Hiếu"], ["ADDRESS", "Thôn Đông, Xã Thạch Hòa, Huyện Thạch Thất, Hà Nội"]] },
  // vi, json
  { shape: "json", text: "{\"khách_hàng\": {\"họ_tên\": \"Tôn Nữ Minh Châu\", \"địa_chỉ\": \"Số 34 Đường Lê Lợi, Phường Phú Hội, Thành phố Huế\"}, \"ngân_hàng\": \"Ngân hàng Hợp tác Miền Trung\"}", expect: [["PERSON", "Tôn Nữ Minh Châu"], ["ADDRESS", "Số 34 Đường Lê Lợi, Phường Phú Hội, Thành phố Huế"], ["ORGANIZATION", "Ngân hàng Hợp tác Miền Trung"]] },
  // vi, log
  { shape: "log", text: "[ERROR] 2024-08-01 17:45:03 crm-sync: không tìm thấy hồ sơ của chị Mai Phương Thảo, khu vực: Hoàn Kiếm, mã lỗi 404", expect: [["PERSON", "Mai Phương Thảo"], ["LOCATION", "Hoàn Kiếm"]] },
  // vi, prose
  { shape: "prose", text: "Kỳ nghỉ hè năm ngoái, gia đình anh Quách Tuấn Kiệt ra Phú Quốc chơi một tuần rồi bay sang Côn Đảo.", expect: [["PERSON", "Quách Tuấn Kiệt"], ["LOCATION", "Phú Quốc"], ["LOCATION", "Côn Đảo"]] },
  // vi, ticket
  { shape: "ticket", text: "#SUP-5512 [Ưu tiên: Cao]\nNgười báo lỗi: Hà Thị Thanh Xuân – Phòng Kế toán, Công ty Cổ phần Dược phẩm Bình Minh Xanh\nMô tả: không đăng nhập được VPN từ văn phòng Đà Lạt từ sáng nay.", expect: [["PERSON", "Hà Thị Thanh Xuân"], ["ORGANIZATION", "Công ty Cổ phần Dược phẩm Bình Minh Xanh"], ["LOCATION", "Đà Lạt"]] },
  // vi, address-block
  { shape: "label", text: "Gửi: Công ty TNHH Bao bì Tân Thịnh Phát\nLô B7, Khu công nghiệp Long Hậu, Xã Long Hậu, Huyện Cần Giuộc, Tỉnh Long An", expect: [["ORGANIZATION", "Công ty TNHH Bao bì Tân Thịnh Phát"], ["ADDRESS", "Lô B7, Khu công nghiệp Long Hậu, Xã Long Hậu, Huyện Cần Giuộc, Tỉnh Long An"]] },
  // vi, chat
  { shape: "chat", text: "Minh: mày về quê Nghệ An chưa?\nTuấn: chưa, tuần sau tao mới về Vinh", expect: [["PERSON", "Minh"], ["LOCATION", "Nghệ An"], ["PERSON", "Tuấn"], ["LOCATION", "Vinh"]] },
  // vi, email
  { shape: "email", text: "Kính gửi Phòng Nhân sự Trường Đại học Y khoa Hồng Lạc,\n\nTôi tên là Châu Ngọc Hân, hiện sống tại Biên Hòa, Đồng Nai. Tôi xin gửi hồ sơ ứng tuyển vị trí trợ lý nghiên cứu.\n\nTrân trọng,\nChâu Ngọc Hân", expect: [["ORGANIZATION", "Trường Đại học Y khoa Hồng Lạc"], ["PERSON", "Châu Ngọc Hân"], ["LOCATION", "Biên Hòa"], ["LOCATION", "Đồng Nai"]] },
  // vi, csv
  { shape: "csv", text: "stt;họ tên;địa chỉ\n1;Kiều Văn Sơn;\"Số 21 Phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội\"\n2;La Thị Bích Ngọc;\"Số 7 Ngõ 12 Đường Láng, Phường Láng Thượng, Quận Đống Đa, Hà Nội\"", expect: [["PERSON", "Kiều Văn Sơn"], ["ADDRESS", "Số 21 Phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội"], ["PERSON", "La Thị Bích Ngọc"], ["ADDRESS", "Số 7 Ngõ 12 Đường Láng, Phường Láng Thượng, Quận Đống Đa, Hà Nội"]] },
  // vi, prose
  { shape: "prose", text: "Bà Lâm Thị Tuyết, chủ Nhà may Tuyết Mai ở Hội An, cho biết lượng khách đặt áo dài tăng mạnh vào dịp cuối năm.", expect: [["PERSON", "Lâm Thị Tuyết"], ["ORGANIZATION", "Nhà may Tuyết Mai"], ["LOCATION", "Hội An"]] },
  // vi, form
  { shape: "form", text: "Họ và tên người bệnh: Dương Văn Phúc\nQuê quán: Thái Bình\nNơi điều trị: Bệnh viện Nhi Thiên Ân\nNgười liên hệ: chị Dương Thị Hạnh (con gái)", expect: [["PERSON", "Dương Văn Phúc"], ["LOCATION", "Thái Bình"], ["ORGANIZATION", "Bệnh viện Nhi Thiên Ân"], ["PERSON", "Dương Thị Hạnh"]] },
  // vi, json
  { shape: "json", text: "{\"sự_kiện\": \"đăng_ký\", \"người_dùng\": \"Triệu Quốc Hưng\", \"tỉnh_thành\": \"Lạng Sơn\", \"tổ_chức\": \"Hội Doanh nhân Trẻ Xứ Lạng\"}", expect: [["PERSON", "Triệu Quốc Hưng"], ["LOCATION", "Lạng Sơn"], ["ORGANIZATION", "Hội Doanh nhân Trẻ Xứ Lạng"]] },
  // vi, prose
  { shape: "prose", text: "Em Nông Thị Mai, học sinh lớp 9 ở huyện Bảo Lạc, Cao Bằng, vừa đoạt giải nhất cuộc thi viết thư quốc tế cấp tỉnh.", expect: [["PERSON", "Nông Thị Mai"], ["LOCATION", "Bảo Lạc"], ["LOCATION", "Cao Bằng"]] },
  // vi, prose
  { shape: "prose", text: "Thứ Hai tuần sau, phiên bản Sao Việt Pro sẽ được cập nhật. Tháng Mười Hai có nhiều chương trình khuyến mãi, mọi việc vẫn Bình Thường.", expect: [] },
  // vi, ticket
  { shape: "ticket", text: "HƯỚNG DẪN SỬ DỤNG\nBước 1: Mở ứng dụng.\nBước 2: Chọn Cài Đặt > Bảo Mật.\nLưu ý: Không chia sẻ Mật Khẩu cho bất kỳ ai. Trạng thái: Hoàn Thành", expect: [] },
  // vi, chat
  { shape: "chat", text: "Chúc mừng năm mới! Tết này nhà mình gói bánh chưng, xem pháo hoa rồi đi lễ đầu năm nhé. An Khang Thịnh Vượng 🎉", expect: [] },
  // vi, log
  { shape: "log", text: "2024-12-31 23:59:58 INFO Hệ thống: Sao lưu dữ liệu Thành Công. Kết nối An Toàn. Lần chạy tiếp theo: Chủ Nhật 02:00.", expect: [] },
];
