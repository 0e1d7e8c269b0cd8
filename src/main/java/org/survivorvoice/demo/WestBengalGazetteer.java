package org.survivorvoice.demo;

/**
 * West Bengal: districts along the Bangladesh border and in the Sundarbans that are known source
 * areas of trafficking, and a few northern and coastal districts.
 */
final class WestBengalGazetteer {

    static final Gazetteer.State STATE =
            new Gazetteer.State(
                    "West Bengal",
                    "bn",
                    Gazetteer.parse(
                            """
North 24 Parganas | Barasat | 3
  hospitals: Barasat District Hospital; Basirhat District Hospital; Bongaon Sub-Divisional Hospital
  Basirhat I (Basirhat): Gachha Akharpur, Itinda Panitar, Nimdaria Kodalia, Pifa, Sankchura Bagundi
  Basirhat II (Matia): Champapukur, Dhanyakuria, Srinagar Matia, Begumpur Bibipur
  Hingalganj (Hingalganj): Bishpur, Dulduli, Gobindakati, Jogeshganj, Rupamari, Sahebkhali
  Sandeshkhali I (Nazat): Boyermari I, Bermajur I, Nazat I, Nazat II, Haturgachhi
  Sandeshkhali II (Sandeshkhali): Durgamandap, Jeliakhali, Korakati, Monipur, Sandeshkhali
  Haroa (Haroa): Bakjuri, Gopalpur I, Haroa, Kulti, Sonapukur Sankarpur
  Minakhan (Minakhan): Atpukur, Bamanpukur, Champali, Dhuturdaha, Mohanpur
  Hasnabad (Hasnabad): Amlani, Barunhat Rameswarpur, Hasnabad, Makhalgachha, Patlikhanpur
  Baduria (Baduria): Aturia, Chatra, Jadurhati Uttar, Bagjola, Raghunathpur
  Bongaon (Bongaon): Akaipur, Chhaighoria, Gopalnagar I, Ghatbaor, Sundarpur
  Gaighata (Gaighata): Chandpara, Dharampur I, Duma, Jaleswar I, Shimulpur
South 24 Parganas | Alipore | 3
  hospitals: Diamond Harbour District Hospital; Baruipur Sub-Divisional Hospital; Canning Sub-Divisional Hospital; Kakdwip Sub-Divisional Hospital
  Canning I (Canning): Matla I, Matla II, Itkhola, Gopalpur, Nikarighata
  Canning II (Jibantala): Atharobaki, Deuli I, Matherdighi, Narayanpur
  Basanti (Basanti): Phulmalancha, Jharkhali, Amjhara, Bharatgarh, Chunakhali
  Gosaba (Gosaba): Amtali, Bali I, Kumirmari, Rangabelia, Satjelia
  Diamond Harbour I (Diamond Harbour): Basuldanga, Harindanga, Masat, Parulia
  Kakdwip (Kakdwip): Madhusudanpur, Pratapaditya Nagar, Rabindra, Ramgopalpur
  Sagar (Sagar): Gangasagar, Ghoramara, Rudranagar, Dhablat
  Patharpratima (Patharpratima): Achintyanagar, Brajaballavpur, Patharpratima, Sridharnagar
  Baruipur (Baruipur): Begumpur, Dhapdhapi I, Kalyanpur, Shikharbali I
Murshidabad | Baharampur | 2
  hospitals: Murshidabad Medical College and Hospital; Jangipur Sub-Divisional Hospital; Domkal Sub-Divisional Hospital; Lalbagh Sub-Divisional Hospital
  Domkal (Domkal): Domkal, Juginda, Raipur
  Jalangi (Jalangi): Jalangi, Sagarpara, Khayramari, Ghoshpara
  Lalgola (Lalgola): Lalgola, Krishnapur, Dewansarai, Bilborakopra
  Farakka (Farakka): Arjunpur, Benia Gram, Imamnagar
  Berhampore (Daulatabad): Daulatabad, Haridasmati, Rangamati Chandpara
Nadia | Krishnanagar | 1
  hospitals: Saktinagar District Hospital; Ranaghat Sub-Divisional Hospital; Tehatta Sub-Divisional Hospital
  Hanskhali (Hanskhali): Bagula I, Hanskhali, Mamjoan, Betna Gobindapur
  Chapra (Chapra): Chapra I, Chapra II, Hatra
  Karimpur I (Karimpur): Karimpur, Natidanga I, Hogolbaria
  Tehatta I (Tehatta): Tehatta, Betai I, Natna
  Kaliganj (Kaliganj): Debagram, Juranpur, Palashi
Malda | English Bazar | 1
  hospitals: Malda Medical College and Hospital; Chanchal Sub-Divisional Hospital
  Habibpur (Habibpur): Aiho, Bulbulchandi, Kanturka, Rishipur
  Manikchak (Manikchak): Manikchak, Mathurapur, Nurpur, Enayetpur
  Gazole (Gazole): Alal, Pandua, Majhra
  Harishchandrapur I (Harishchandrapur): Harishchandrapur, Tulshihata, Rashidabad
Jalpaiguri | Jalpaiguri | 1
  hospitals: Jalpaiguri District Hospital; Mal Sub-Divisional Hospital
  Rajganj (Rajganj): Fulbari I, Majhiali, Panikauri, Sannyasikata
  Mal (Malbazar): Bagrakot, Odlabari, Rangamati
  Maynaguri (Maynaguri): Ramsai, Domohani, Churabhandar
  Jalpaiguri Sadar (Kotwali): Arabinda, Kharija Berubari, Mondalghat, Paharpur
Purba Medinipur | Tamluk | 1
  hospitals: Tamluk District Hospital; Contai Sub-Divisional Hospital; Haldia Sub-Divisional Hospital
  Nandigram I (Nandigram): Gokulnagar, Kalicharanpur, Sonachura, Mohammadpur
  Tamluk (Tamluk): Nilkunthia, Padumpur, Uttar Sonamukhi
  Mahishadal (Mahishadal): Amritberia, Betkundu, Garkamalpur, Itamagra
  Contai I (Contai): Majilapur, Dulalpur, Haipur
"""));

    private WestBengalGazetteer() {}
}
