namespace TrialRegistry.Generation;

/// <summary>A condition as registered, with its MeSH descriptor where the generator knows it.</summary>
internal sealed record VocabularyCondition(string Name, string? MeshTerm = null, string? MeshId = null);

/// <summary>
/// A therapeutic area: the conditions registered in it (most frequent first: the generator draws them
/// with a Zipf-like long tail), the drugs and biologicals tested in it, its usual outcome measures and
/// keywords. Weights are the area's rough share of ClinicalTrials.gov studies.
/// </summary>
internal sealed record TherapeuticArea(
    string Name,
    double Weight,
    VocabularyCondition[] Conditions,
    string[] Drugs,
    string[] Biologicals,
    string[] Outcomes,
    string[] Keywords);

/// <summary>A city with its centroid, as CT.gov geocodes locations.</summary>
internal sealed record VocabularyCity(string Name, string? State, double Latitude, double Longitude);

/// <summary>A country as CT.gov writes it, its share of study locations, and some of its cities.</summary>
internal sealed record VocabularyCountry(string Name, double Weight, VocabularyCity[] Cities);

/// <summary>
/// The static vocabulary of <see cref="StudyGenerator"/>: real condition names (a few hundred, with
/// MeSH terms for the common ones), real drug names, countries weighted like ClinicalTrials.gov's
/// locations with real cities, real large sponsors, and sentence templates for titles and summaries.
/// </summary>
internal static class StudyVocabulary
{
    private static VocabularyCondition C(string name, string? mesh = null, int meshNumber = 0)
        => new(name, mesh, mesh is null ? null : $"D{meshNumber:D9}");

    public static readonly TherapeuticArea[] Areas =
    [
        new("Oncology", 0.24,
            [
                C("Breast Cancer", "Breast Neoplasms", 1943), C("Lung Cancer", "Lung Neoplasms", 8175),
                C("Non-small Cell Lung Cancer", "Carcinoma, Non-Small-Cell Lung", 2289), C("Prostate Cancer", "Prostatic Neoplasms", 11471),
                C("Colorectal Cancer", "Colorectal Neoplasms", 15179), C("Multiple Myeloma", "Multiple Myeloma", 9101),
                C("Acute Myeloid Leukemia", "Leukemia, Myeloid, Acute", 15470), C("Hepatocellular Carcinoma", "Carcinoma, Hepatocellular", 6528),
                C("Pancreatic Cancer", "Pancreatic Neoplasms", 10190), C("Gastric Cancer", "Stomach Neoplasms", 13274),
                C("Ovarian Cancer", "Ovarian Neoplasms", 10051), C("Melanoma", "Melanoma", 8545),
                C("Diffuse Large B-Cell Lymphoma", "Lymphoma, Large B-Cell, Diffuse", 16403), C("Solid Tumor"), C("Advanced Solid Tumors"),
                C("Glioblastoma", "Glioblastoma", 5909), C("Head and Neck Squamous Cell Carcinoma", "Squamous Cell Carcinoma of Head and Neck", 77195),
                C("Renal Cell Carcinoma", "Carcinoma, Renal Cell", 2292), C("Bladder Cancer", "Urinary Bladder Neoplasms", 1749),
                C("Esophageal Cancer", "Esophageal Neoplasms", 4938), C("Cervical Cancer", "Uterine Cervical Neoplasms", 2583),
                C("Endometrial Cancer", "Endometrial Neoplasms", 16889), C("Chronic Lymphocytic Leukemia", "Leukemia, Lymphocytic, Chronic, B-Cell", 15451),
                C("Acute Lymphoblastic Leukemia", "Precursor Cell Lymphoblastic Leukemia-Lymphoma", 54198), C("Myelodysplastic Syndromes", "Myelodysplastic Syndromes", 9190),
                C("Follicular Lymphoma", "Lymphoma, Follicular", 8224), C("Hodgkin Lymphoma", "Hodgkin Disease", 6689),
                C("Mantle Cell Lymphoma", "Lymphoma, Mantle-Cell", 20522), C("Thyroid Cancer", "Thyroid Neoplasms", 13964),
                C("Triple Negative Breast Cancer", "Triple Negative Breast Neoplasms", 64726), C("HER2-positive Breast Cancer"),
                C("Metastatic Castration-resistant Prostate Cancer", "Prostatic Neoplasms, Castration-Resistant", 64129),
                C("Small Cell Lung Cancer", "Small Cell Lung Carcinoma", 55752), C("Nasopharyngeal Carcinoma", "Nasopharyngeal Carcinoma", 77274),
                C("Cholangiocarcinoma", "Cholangiocarcinoma", 18281), C("Soft Tissue Sarcoma"), C("Osteosarcoma", "Osteosarcoma", 12516),
                C("Neuroblastoma", "Neuroblastoma", 9447), C("Mesothelioma", "Mesothelioma", 8654), C("Myelofibrosis", "Primary Myelofibrosis", 55728),
                C("Chronic Myeloid Leukemia"), C("Rectal Cancer", "Rectal Neoplasms", 12004), C("Brain Metastases"), C("Cancer Pain"),
                C("Chemotherapy-induced Nausea and Vomiting"), C("Cancer-related Fatigue"), C("Oral Mucositis"), C("Waldenstrom Macroglobulinemia"),
                C("Merkel Cell Carcinoma"), C("Uveal Melanoma"), C("Gastrointestinal Stromal Tumor"), C("Neuroendocrine Tumors"),
            ],
            ["Pembrolizumab", "Nivolumab", "Atezolizumab", "Durvalumab", "Carboplatin", "Paclitaxel", "Docetaxel", "Cisplatin", "Oxaliplatin",
             "Capecitabine", "Gemcitabine", "5-Fluorouracil", "Cyclophosphamide", "Doxorubicin", "Lenalidomide", "Bortezomib", "Osimertinib",
             "Olaparib", "Palbociclib", "Abemaciclib", "Enzalutamide", "Abiraterone Acetate", "Sorafenib", "Lenvatinib", "Cabozantinib",
             "Venetoclax", "Ibrutinib", "Azacitidine", "Temozolomide", "Letrozole", "Tamoxifen", "Fulvestrant", "Irinotecan", "Etoposide",
             "Dexamethasone", "Regorafenib", "Sotorasib", "Trastuzumab Deruxtecan", "Sacituzumab Govitecan", "Pemetrexed"],
            ["Trastuzumab", "Bevacizumab", "Rituximab", "Cetuximab", "Daratumumab", "Ipilimumab", "Blinatumomab", "Tisagenlecleucel",
             "Axicabtagene Ciloleucel", "CAR-T cells", "Dendritic cell vaccine", "Tumor-infiltrating lymphocytes"],
            ["Overall survival", "Progression-free survival", "Objective response rate", "Duration of response", "Pathologic complete response",
             "Disease-free survival", "Number of participants with dose-limiting toxicities", "Event-free survival", "Time to progression",
             "Maximum tolerated dose"],
            ["immunotherapy", "chemotherapy", "PD-1", "PD-L1", "targeted therapy", "radiotherapy", "neoadjuvant", "adjuvant", "biomarker",
             "tumor microenvironment", "circulating tumor DNA", "metastatic"]),
        new("Cardiovascular", 0.08,
            [
                C("Hypertension", "Hypertension", 6973), C("Heart Failure", "Heart Failure", 6333), C("Atrial Fibrillation", "Atrial Fibrillation", 1281),
                C("Coronary Artery Disease", "Coronary Artery Disease", 3324), C("Acute Myocardial Infarction", "Myocardial Infarction", 9203),
                C("Stroke", "Stroke", 20521), C("Acute Ischemic Stroke", "Ischemic Stroke", 83242), C("Hypercholesterolemia", "Hypercholesterolemia", 6937),
                C("Peripheral Arterial Disease", "Peripheral Arterial Disease", 58729), C("Aortic Stenosis", "Aortic Valve Stenosis", 1024),
                C("Pulmonary Arterial Hypertension", "Pulmonary Arterial Hypertension", 81029), C("Venous Thromboembolism", "Venous Thromboembolism", 54556),
                C("Deep Vein Thrombosis", "Venous Thrombosis", 20246), C("Cardiac Arrest", "Heart Arrest", 6323), C("Hypertrophic Cardiomyopathy"),
                C("Dyslipidemia", "Dyslipidemias", 50171), C("Acute Coronary Syndrome", "Acute Coronary Syndrome", 54058),
                C("Heart Failure With Preserved Ejection Fraction"), C("Cardiogenic Shock"), C("Intracerebral Hemorrhage"),
                C("Postoperative Atrial Fibrillation"), C("Transthyretin Amyloid Cardiomyopathy"), C("Resistant Hypertension"), C("Syncope"),
            ],
            ["Rivaroxaban", "Apixaban", "Dabigatran", "Warfarin", "Aspirin", "Clopidogrel", "Ticagrelor", "Atorvastatin", "Rosuvastatin",
             "Ezetimibe", "Sacubitril/Valsartan", "Empagliflozin", "Dapagliflozin", "Metoprolol", "Amlodipine", "Spironolactone", "Furosemide",
             "Colchicine", "Inclisiran", "Tenecteplase", "Alteplase", "Amiodarone", "Landiolol", "Macitentan"],
            ["Evolocumab", "Alirocumab"],
            ["Major adverse cardiovascular events", "Change in systolic blood pressure", "All-cause mortality", "Hospitalization for heart failure",
             "Change in LDL cholesterol", "Left ventricular ejection fraction", "Recurrence of atrial fibrillation", "Modified Rankin Scale at 90 days",
             "Six-minute walk distance", "NT-proBNP"],
            ["cardiovascular", "blood pressure", "anticoagulation", "statin", "ablation", "PCI", "echocardiography", "thrombolysis",
             "cardiac rehabilitation", "lipids"]),
        new("Metabolism and Endocrinology", 0.06,
            [
                C("Type 2 Diabetes", "Diabetes Mellitus, Type 2", 3924), C("Obesity", "Obesity", 9765), C("Type 1 Diabetes", "Diabetes Mellitus, Type 1", 3922),
                C("Overweight", "Overweight", 50177), C("Nonalcoholic Steatohepatitis", "Non-alcoholic Fatty Liver Disease", 65626),
                C("Metabolic Syndrome", "Metabolic Syndrome", 24821), C("Prediabetes", "Prediabetic State", 11236), C("Gestational Diabetes", "Diabetes, Gestational", 16640),
                C("Osteoporosis", "Osteoporosis", 10024), C("Hypothyroidism", "Hypothyroidism", 7037), C("Polycystic Ovary Syndrome", "Polycystic Ovary Syndrome", 11085),
                C("Diabetic Foot Ulcer", "Diabetic Foot", 17719), C("Diabetic Nephropathy"), C("Vitamin D Deficiency", "Vitamin D Deficiency", 14808),
                C("Growth Hormone Deficiency"), C("Hypoglycemia", "Hypoglycemia", 7003), C("Insulin Resistance", "Insulin Resistance", 7333),
                C("Familial Hypercholesterolemia"), C("Cushing Syndrome"), C("Acromegaly"),
            ],
            ["Metformin", "Semaglutide", "Tirzepatide", "Liraglutide", "Dulaglutide", "Insulin Glargine", "Insulin Degludec", "Sitagliptin",
             "Empagliflozin", "Dapagliflozin", "Pioglitazone", "Orlistat", "Levothyroxine", "Alendronate", "Zoledronic Acid", "Cholecalciferol",
             "Resmetirom", "Teriparatide"],
            ["Denosumab", "Romosozumab", "Teplizumab"],
            ["Change from baseline in HbA1c", "Change in body weight", "Time in range (continuous glucose monitoring)", "Fasting plasma glucose",
             "Change in bone mineral density", "Incidence of hypoglycemia", "Liver fat content by MRI-PDFF", "HOMA-IR"],
            ["diabetes", "glycemic control", "insulin", "GLP-1", "weight loss", "continuous glucose monitoring", "bariatric surgery", "lifestyle"]),
        new("Neurology", 0.08,
            [
                C("Alzheimer Disease", "Alzheimer Disease", 544), C("Parkinson Disease", "Parkinson Disease", 10300), C("Multiple Sclerosis", "Multiple Sclerosis", 9103),
                C("Epilepsy", "Epilepsy", 4827), C("Migraine", "Migraine Disorders", 8881), C("Amyotrophic Lateral Sclerosis", "Amyotrophic Lateral Sclerosis", 690),
                C("Traumatic Brain Injury", "Brain Injuries, Traumatic", 70642), C("Spinal Cord Injury", "Spinal Cord Injuries", 13119),
                C("Dementia", "Dementia", 3704), C("Mild Cognitive Impairment", "Cognitive Dysfunction", 60825), C("Neuropathic Pain", "Neuralgia", 9437),
                C("Diabetic Peripheral Neuropathy"), C("Huntington Disease", "Huntington Disease", 6816), C("Spinal Muscular Atrophy"),
                C("Duchenne Muscular Dystrophy", "Muscular Dystrophy, Duchenne", 20388), C("Myasthenia Gravis", "Myasthenia Gravis", 9157),
                C("Cerebral Palsy", "Cerebral Palsy", 2547), C("Restless Legs Syndrome"), C("Essential Tremor"), C("Guillain-Barre Syndrome"),
                C("Neuromyelitis Optica Spectrum Disorder"), C("Post-stroke Aphasia"), C("Chronic Migraine"), C("Dravet Syndrome"),
                C("Post-operative Delirium"), C("Insomnia", "Sleep Initiation and Maintenance Disorders", 7319),
            ],
            ["Levetiracetam", "Lamotrigine", "Levodopa", "Donepezil", "Memantine", "Riluzole", "Pregabalin", "Gabapentin", "Botulinum toxin type A",
             "Ocrelizumab", "Fingolimod", "Dimethyl Fumarate", "Cenobamate", "Rimegepant", "Melatonin", "Dexmedetomidine", "Cannabidiol"],
            ["Lecanemab", "Donanemab", "Aducanumab", "Erenumab", "Nusinersen", "Eculizumab", "Efgartigimod"],
            ["Change in ADAS-Cog", "Clinical Dementia Rating Sum of Boxes", "Monthly migraine days", "Seizure frequency", "Annualized relapse rate",
             "MDS-UPDRS Part III", "ALSFRS-R", "Expanded Disability Status Scale", "Montreal Cognitive Assessment"],
            ["neurodegeneration", "cognition", "amyloid", "deep brain stimulation", "neuroimaging", "seizures", "transcranial magnetic stimulation",
             "neurorehabilitation"]),
        new("Mental Health", 0.07,
            [
                C("Depression", "Depression", 3863), C("Major Depressive Disorder", "Depressive Disorder, Major", 3865), C("Schizophrenia", "Schizophrenia", 12559),
                C("Anxiety", "Anxiety", 1007), C("Bipolar Disorder", "Bipolar Disorder", 1714), C("Post-traumatic Stress Disorder", "Stress Disorders, Post-Traumatic", 13313),
                C("Autism Spectrum Disorder", "Autism Spectrum Disorder", 67877), C("Attention Deficit Hyperactivity Disorder", "Attention Deficit Disorder with Hyperactivity", 1289),
                C("Alcohol Use Disorder", "Alcoholism", 437), C("Opioid Use Disorder", "Opioid-Related Disorders", 9293), C("Smoking Cessation"),
                C("Generalized Anxiety Disorder"), C("Obsessive-Compulsive Disorder", "Obsessive-Compulsive Disorder", 9771), C("Eating Disorders"),
                C("Treatment Resistant Depression", "Depressive Disorder, Treatment-Resistant", 61218), C("Postpartum Depression", "Depression, Postpartum", 19052),
                C("Burnout"), C("Stress"), C("Suicidal Ideation"), C("Cocaine Use Disorder"), C("Cannabis Use Disorder"), C("Psychological Distress"),
            ],
            ["Esketamine", "Ketamine", "Sertraline", "Escitalopram", "Fluoxetine", "Bupropion", "Aripiprazole", "Olanzapine", "Quetiapine",
             "Clozapine", "Lithium", "Naltrexone", "Buprenorphine", "Methadone", "Varenicline", "Psilocybin", "Zuranolone", "Methylphenidate"],
            [],
            ["Change in MADRS total score", "Change in HAM-D score", "PHQ-9 score", "GAD-7 score", "PANSS total score", "Abstinence rate",
             "CAPS-5 score", "Relapse rate", "Perceived Stress Scale"],
            ["psychotherapy", "cognitive behavioral therapy", "mindfulness", "digital intervention", "mental health", "addiction", "psychedelics",
             "suicide prevention", "peer support"]),
        new("Infectious Disease", 0.09,
            [
                C("COVID-19", "COVID-19", 86382), C("HIV Infections", "HIV Infections", 15658), C("Influenza", "Influenza, Human", 7251),
                C("Hepatitis B", "Hepatitis B", 6509), C("Hepatitis C", "Hepatitis C", 6526), C("Tuberculosis", "Tuberculosis", 14376),
                C("Malaria", "Malaria", 8288), C("Sepsis", "Sepsis", 18805), C("Community-acquired Pneumonia"), C("Respiratory Syncytial Virus Infections", "Respiratory Syncytial Virus Infections", 18357),
                C("Urinary Tract Infection", "Urinary Tract Infections", 14552), C("Helicobacter Pylori Infection", "Helicobacter Infections", 16481),
                C("Clostridium Difficile Infection"), C("Pneumococcal Infections"), C("Human Papillomavirus Infection"), C("Herpes Zoster", "Herpes Zoster", 6562),
                C("Dengue", "Dengue", 3715), C("SARS-CoV-2 Infection"), C("Long COVID"), C("Cytomegalovirus Infection"), C("Bacterial Vaginosis"),
                C("Meningococcal Disease"), C("Cholera"), C("Ebola Virus Disease"), C("Mpox"), C("Invasive Fungal Infections"),
            ],
            ["Remdesivir", "Nirmatrelvir/Ritonavir", "Molnupiravir", "Hydroxychloroquine", "Ivermectin", "Favipiravir", "Dolutegravir",
             "Bictegravir/Emtricitabine/Tenofovir Alafenamide", "Tenofovir Disoproxil Fumarate", "Sofosbuvir/Velpatasvir", "Rifampicin",
             "Isoniazid", "Bedaquiline", "Artemether-lumefantrine", "Oseltamivir", "Baloxavir Marboxil", "Amoxicillin", "Azithromycin",
             "Ceftriaxone", "Vancomycin", "Meropenem", "Fluconazole", "Cabotegravir"],
            ["mRNA-1273", "BNT162b2", "ChAdOx1 nCoV-19", "Convalescent plasma", "Tocilizumab", "Nirsevimab", "RSV prefusion F vaccine",
             "Quadrivalent influenza vaccine", "13-valent pneumococcal conjugate vaccine", "HPV vaccine", "Recombinant zoster vaccine",
             "BCG vaccine", "Malaria vaccine RTS,S/AS01"],
            ["Time to clinical recovery", "28-day all-cause mortality", "Geometric mean titer of neutralizing antibodies", "Seroconversion rate",
             "Sustained virologic response 12 weeks after treatment", "HIV-1 RNA below 50 copies/mL", "Culture conversion", "Solicited adverse events within 7 days",
             "Clinical cure at test of cure visit"],
            ["vaccine", "immunogenicity", "antiviral", "antibiotic", "antimicrobial resistance", "SARS-CoV-2", "pandemic", "prophylaxis",
             "pre-exposure prophylaxis"]),
        new("Immunology and Rheumatology", 0.06,
            [
                C("Rheumatoid Arthritis", "Arthritis, Rheumatoid", 1172), C("Systemic Lupus Erythematosus", "Lupus Erythematosus, Systemic", 8180),
                C("Lupus Nephritis", "Lupus Nephritis", 8181), C("Psoriatic Arthritis", "Arthritis, Psoriatic", 15535), C("Ankylosing Spondylitis", "Spondylitis, Ankylosing", 13167),
                C("Systemic Sclerosis", "Scleroderma, Systemic", 12595), C("Sjogren Syndrome", "Sjogren's Syndrome", 12859), C("Gout", "Gout", 6073),
                C("Vasculitis", "Vasculitis", 14657), C("Giant Cell Arteritis"), C("Juvenile Idiopathic Arthritis", "Arthritis, Juvenile", 1171),
                C("Lupus"), C("Cutaneous Lupus Erythematosus"), C("Dermatomyositis"), C("Immune Thrombocytopenia"), C("Graft Versus Host Disease", "Graft vs Host Disease", 6086),
                C("Kidney Transplantation"), C("Liver Transplantation"), C("Food Allergy", "Food Hypersensitivity", 5512), C("Allergic Rhinitis", "Rhinitis, Allergic", 65631),
                C("Fibromyalgia", "Fibromyalgia", 5356), C("Behcet Syndrome"), C("Antiphospholipid Syndrome"),
            ],
            ["Methotrexate", "Hydroxychloroquine", "Tofacitinib", "Baricitinib", "Upadacitinib", "Mycophenolate Mofetil", "Tacrolimus",
             "Prednisone", "Colchicine", "Allopurinol", "Febuxostat", "Voclosporin", "Deucravacitinib", "Cyclosporine"],
            ["Adalimumab", "Etanercept", "Infliximab", "Tocilizumab", "Secukinumab", "Ixekizumab", "Belimumab", "Anifrolumab", "Rituximab",
             "Abatacept", "Obinutuzumab", "Mesenchymal stem cells", "CD19 CAR-T cells", "Low-dose interleukin-2"],
            ["ACR20 response at week 24", "DAS28-CRP", "SLE Responder Index (SRI-4)", "BILAG-based Composite Lupus Assessment", "Complete renal response",
             "ASAS40 response", "Modified Rodnan skin score", "Serum urate below 6 mg/dL", "Flare rate"],
            ["autoimmunity", "biologics", "JAK inhibitor", "immunosuppression", "B cells", "interferon", "transplantation", "tolerance"]),
        new("Respiratory", 0.05,
            [
                C("Asthma", "Asthma", 1249), C("Chronic Obstructive Pulmonary Disease", "Pulmonary Disease, Chronic Obstructive", 29424),
                C("Idiopathic Pulmonary Fibrosis", "Idiopathic Pulmonary Fibrosis", 54990), C("Cystic Fibrosis", "Cystic Fibrosis", 3550),
                C("Acute Respiratory Distress Syndrome", "Respiratory Distress Syndrome", 12128), C("Obstructive Sleep Apnea", "Sleep Apnea, Obstructive", 20181),
                C("Bronchiectasis", "Bronchiectasis", 1987), C("Bronchopulmonary Dysplasia"), C("Pneumonia", "Pneumonia", 11014), C("Chronic Cough"),
                C("Respiratory Failure"), C("Interstitial Lung Disease"), C("Severe Asthma"), C("Mechanical Ventilation"), C("Sarcoidosis"),
            ],
            ["Budesonide/Formoterol", "Fluticasone Furoate/Vilanterol", "Tiotropium", "Salbutamol", "Montelukast", "Azithromycin", "Nintedanib",
             "Pirfenidone", "Elexacaftor/Tezacaftor/Ivacaftor", "Ensifentrine", "Hypertonic saline", "Surfactant"],
            ["Dupilumab", "Mepolizumab", "Benralizumab", "Omalizumab", "Tezepelumab"],
            ["Change in FEV1", "Annualized rate of exacerbations", "Forced vital capacity decline", "Apnea-hypopnea index", "Ventilator-free days",
             "St George's Respiratory Questionnaire", "Asthma Control Questionnaire"],
            ["lung function", "inhaler", "pulmonary rehabilitation", "oxygen therapy", "non-invasive ventilation", "spirometry", "CPAP"]),
        new("Gastroenterology and Hepatology", 0.05,
            [
                C("Crohn Disease", "Crohn Disease", 3424), C("Ulcerative Colitis", "Colitis, Ulcerative", 3093), C("Irritable Bowel Syndrome", "Irritable Bowel Syndrome", 43183),
                C("Gastroesophageal Reflux Disease", "Gastroesophageal Reflux", 5764), C("Liver Cirrhosis", "Liver Cirrhosis", 8103), C("Acute Pancreatitis", "Pancreatitis", 10195),
                C("Celiac Disease", "Celiac Disease", 2446), C("Constipation", "Constipation", 3248), C("Eosinophilic Esophagitis"), C("Primary Biliary Cholangitis"),
                C("Inflammatory Bowel Diseases", "Inflammatory Bowel Diseases", 15212), C("Upper Gastrointestinal Bleeding"), C("Hepatic Encephalopathy"),
                C("Colonoscopy"), C("Colorectal Adenoma"), C("Nonalcoholic Fatty Liver Disease"), C("Postoperative Ileus"), C("Functional Dyspepsia"),
            ],
            ["Mesalamine", "Budesonide", "Vedolizumab", "Ustekinumab", "Risankizumab", "Upadacitinib", "Ozanimod", "Omeprazole", "Vonoprazan",
             "Rifaximin", "Lactulose", "Polyethylene glycol", "Obeticholic Acid", "Linaclotide", "Terlipressin"],
            ["Infliximab", "Adalimumab", "Fecal microbiota transplantation", "Mirikizumab", "Guselkumab"],
            ["Clinical remission at week 52", "Endoscopic response", "Mayo score", "CDAI score", "Bowel preparation quality (Boston scale)",
             "Adenoma detection rate", "Rebleeding within 30 days", "IBS Symptom Severity Score"],
            ["inflammatory bowel disease", "microbiome", "endoscopy", "colonoscopy", "biologics", "probiotics", "liver fibrosis"]),
        new("Women's Health and Obstetrics", 0.04,
            [
                C("Pregnancy"), C("Preterm Birth", "Premature Birth", 47928), C("Preeclampsia", "Pre-Eclampsia", 11225), C("Infertility", "Infertility", 7246),
                C("Endometriosis", "Endometriosis", 4715), C("Postpartum Hemorrhage", "Postpartum Hemorrhage", 19106), C("Labor Pain", "Labor Pain", 48674),
                C("Cesarean Section"), C("Menopause", "Menopause", 8593), C("Uterine Fibroids", "Leiomyoma", 7889), C("Breastfeeding"),
                C("Contraception"), C("Hot Flashes"), C("Recurrent Pregnancy Loss"), C("Vulvovaginal Candidiasis"),
            ],
            ["Oxytocin", "Carbetocin", "Tranexamic Acid", "Misoprostol", "Progesterone", "Letrozole", "Aspirin", "Magnesium Sulfate", "Elagolix",
             "Relugolix", "Estradiol", "Levonorgestrel", "Fezolinetant", "Labetalol"],
            [],
            ["Clinical pregnancy rate", "Live birth rate", "Blood loss at delivery", "Gestational age at delivery", "Pain intensity (NRS)",
             "Time to delivery", "Exclusive breastfeeding at 6 months"],
            ["pregnancy", "IVF", "maternal health", "labor induction", "spinal anesthesia", "postpartum"]),
        new("Anesthesia, Pain and Surgery", 0.08,
            [
                C("Postoperative Pain", "Pain, Postoperative", 10149), C("Chronic Low Back Pain", "Low Back Pain", 17116), C("Knee Osteoarthritis", "Osteoarthritis, Knee", 20370),
                C("Anesthesia", "Anesthesia", 758), C("Total Knee Arthroplasty"), C("Hip Fracture", "Hip Fractures", 6620), C("Postoperative Nausea and Vomiting", "Postoperative Nausea and Vomiting", 20250),
                C("Chronic Pain", "Chronic Pain", 59350), C("Neck Pain", "Neck Pain", 19547), C("Rotator Cuff Tears"), C("Anterior Cruciate Ligament Injury"),
                C("Surgical Site Infection", "Surgical Wound Infection", 13530), C("Laparoscopic Cholecystectomy"), C("Cardiac Surgery"), C("Shoulder Pain"),
                C("Plantar Fasciitis"), C("Sarcopenia", "Sarcopenia", 55948), C("Frailty"), C("Carpal Tunnel Syndrome"), C("Lateral Epicondylitis"),
                C("Emergence Delirium"), C("Difficult Intubation"), C("Acute Kidney Injury", "Acute Kidney Injury", 58186), C("Postoperative Cognitive Dysfunction"),
            ],
            ["Bupivacaine", "Ropivacaine", "Lidocaine", "Dexmedetomidine", "Ketamine", "Propofol", "Sevoflurane", "Remifentanil", "Fentanyl",
             "Morphine", "Oxycodone", "Paracetamol", "Ibuprofen", "Ketorolac", "Dexamethasone", "Ondansetron", "Sugammadex", "Tranexamic Acid",
             "Liposomal bupivacaine", "Duloxetine", "Hyaluronic acid", "Platelet-rich plasma", "Magnesium Sulfate", "Esmolol"],
            [],
            ["Pain score (NRS) at 24 hours", "Total opioid consumption in 48 hours", "Time to first rescue analgesia", "Incidence of postoperative nausea and vomiting",
             "WOMAC score", "Oswestry Disability Index", "Length of hospital stay", "Quality of Recovery-15", "Range of motion"],
            ["regional anesthesia", "nerve block", "opioid-sparing", "ERAS", "arthroplasty", "physiotherapy", "rehabilitation", "ultrasound-guided"]),
        new("Nephrology and Urology", 0.03,
            [
                C("Chronic Kidney Disease", "Renal Insufficiency, Chronic", 51436), C("End Stage Renal Disease", "Kidney Failure, Chronic", 7676),
                C("Hemodialysis"), C("IgA Nephropathy", "Glomerulonephritis, IGA", 5922), C("Benign Prostatic Hyperplasia", "Prostatic Hyperplasia", 11470),
                C("Overactive Bladder", "Urinary Bladder, Overactive", 53201), C("Kidney Stones", "Kidney Calculi", 7669), C("Urinary Incontinence", "Urinary Incontinence", 14549),
                C("Erectile Dysfunction", "Erectile Dysfunction", 7172), C("Focal Segmental Glomerulosclerosis"), C("Polycystic Kidney Disease"),
                C("Anemia in Chronic Kidney Disease"), C("Hyperkalemia"), C("Nocturia"),
            ],
            ["Finerenone", "Dapagliflozin", "Roxadustat", "Patiromer", "Sodium zirconium cyclosilicate", "Tamsulosin", "Mirabegron", "Solifenacin",
             "Tadalafil", "Sparsentan", "Tolvaptan", "Sevelamer", "Iron sucrose", "Erythropoietin"],
            [],
            ["Change in eGFR", "Proteinuria (UPCR)", "Time to kidney failure", "Hemoglobin level", "International Prostate Symptom Score",
             "Stone-free rate", "Number of micturitions per 24 hours"],
            ["dialysis", "kidney function", "transplant", "urodynamics", "lithotripsy"]),
        new("Ophthalmology", 0.03,
            [
                C("Neovascular Age-related Macular Degeneration", "Wet Macular Degeneration", 57135), C("Diabetic Macular Edema", "Macular Edema", 8269),
                C("Glaucoma", "Glaucoma", 5901), C("Dry Eye Disease", "Dry Eye Syndromes", 15352), C("Myopia", "Myopia", 9216), C("Cataract", "Cataract", 2386),
                C("Diabetic Retinopathy", "Diabetic Retinopathy", 3930), C("Retinal Vein Occlusion"), C("Uveitis", "Uveitis", 14605), C("Keratoconus"),
                C("Retinopathy of Prematurity"), C("Amblyopia"),
            ],
            ["Atropine 0.01%", "Latanoprost", "Timolol", "Cyclosporine ophthalmic emulsion", "Lifitegrast", "Dexamethasone intravitreal implant",
             "Pilocarpine"],
            ["Aflibercept", "Ranibizumab", "Faricimab", "Bevacizumab", "Voretigene neparvovec"],
            ["Change in best-corrected visual acuity", "Central subfield thickness", "Intraocular pressure", "Tear break-up time", "Change in spherical equivalent refraction"],
            ["retina", "intravitreal injection", "anti-VEGF", "visual acuity", "ophthalmology"]),
        new("Dermatology", 0.03,
            [
                C("Psoriasis", "Psoriasis", 11565), C("Atopic Dermatitis", "Dermatitis, Atopic", 3876), C("Acne Vulgaris", "Acne Vulgaris", 123),
                C("Hidradenitis Suppurativa", "Hidradenitis Suppurativa", 17497), C("Alopecia Areata", "Alopecia Areata", 506), C("Vitiligo", "Vitiligo", 14820),
                C("Chronic Spontaneous Urticaria"), C("Rosacea", "Rosacea", 12393), C("Wound Healing"), C("Burns", "Burns", 2056), C("Actinic Keratosis"),
                C("Epidermolysis Bullosa"), C("Pressure Ulcer"), C("Onychomycosis"),
            ],
            ["Ruxolitinib cream", "Abrocitinib", "Tapinarof", "Roflumilast cream", "Isotretinoin", "Clascoterone", "Crisaborole", "Tacrolimus ointment",
             "Minoxidil", "Ritlecitinib"],
            ["Dupilumab", "Tralokinumab", "Lebrikizumab", "Bimekizumab", "Secukinumab", "Omalizumab"],
            ["PASI 75 at week 16", "EASI-75", "IGA 0/1 response", "Peak pruritus NRS", "SALT score", "Complete wound closure", "Hidradenitis Suppurativa Clinical Response"],
            ["skin", "itch", "topical", "phototherapy", "wound care"]),
        new("Hematology", 0.02,
            [
                C("Sickle Cell Disease", "Anemia, Sickle Cell", 753), C("Beta-Thalassemia", "beta-Thalassemia", 17086), C("Hemophilia A", "Hemophilia A", 6467),
                C("Iron Deficiency Anemia", "Anemia, Iron-Deficiency", 18798), C("Paroxysmal Nocturnal Hemoglobinuria"), C("Aplastic Anemia"),
                C("Anemia"), C("Thrombocytopenia"), C("Von Willebrand Disease"), C("Hemophilia B"), C("Polycythemia Vera"),
            ],
            ["Hydroxyurea", "Ferric carboxymaltose", "Ferrous sulfate", "Luspatercept", "Eltrombopag", "Voxelotor", "Iptacopan", "Emicizumab", "Fitusiran"],
            ["Exagamglogene autotemcel", "Lovotibeglogene autotemcel", "Factor VIII", "Etranacogene dezaparvovec", "Crizanlizumab", "Ravulizumab"],
            ["Annualized bleeding rate", "Rate of vaso-occlusive crises", "Hemoglobin response", "Transfusion independence", "Ferritin level"],
            ["gene therapy", "transfusion", "iron", "bleeding", "hematopoietic stem cell transplantation"]),
        new("Pediatrics and Neonatology", 0.02,
            [
                C("Neonatal Sepsis"), C("Bronchiolitis", "Bronchiolitis", 1988), C("Neonatal Jaundice"), C("Hypoxic-Ischemic Encephalopathy"),
                C("Childhood Obesity", "Pediatric Obesity", 63321), C("Malnutrition", "Malnutrition", 44342), C("Acute Gastroenteritis"), C("Otitis Media"),
                C("Kawasaki Disease"), C("Infantile Colic"), C("Enuresis"),
            ],
            ["Caffeine citrate", "Ibuprofen", "Paracetamol", "Zinc sulfate", "Oral rehydration solution", "Amoxicillin", "Vitamin A", "Surfactant"],
            ["Rotavirus vaccine", "Measles-mumps-rubella vaccine", "Intravenous immunoglobulin"],
            ["Duration of hospitalization", "Weight gain velocity", "Neurodevelopmental outcome at 2 years", "Duration of diarrhea", "Growth z-score"],
            ["child health", "neonates", "growth", "nutrition", "school-based"]),
        new("Healthy Volunteers and Public Health", 0.03,
            [
                C("Healthy Volunteers"), C("Healthy"), C("Aging", "Aging", 375), C("Physical Inactivity"), C("Sedentary Behavior"),
                C("Nutrition"), C("Sleep"), C("Vaccination Hesitancy"), C("Health Behavior"), C("Oral Health"), C("Periodontitis", "Periodontitis", 10518),
                C("Dental Caries", "Dental Caries", 3731), C("Gingivitis"), C("Tooth Extraction"), C("Medication Adherence"),
            ],
            ["Caffeine", "Midazolam", "Omeprazole", "Chlorhexidine mouthwash", "Fluoride varnish", "Creatine", "Nicotinamide riboside"],
            ["Influenza vaccine"],
            ["Area under the plasma concentration-time curve (AUC)", "Maximum plasma concentration (Cmax)", "Number of participants with adverse events",
             "Physical activity (steps per day)", "Plaque index", "Probing pocket depth", "Self-reported adherence"],
            ["pharmacokinetics", "bioequivalence", "healthy volunteers", "exercise", "diet", "mobile health", "dentistry", "community intervention"]),
    ];

    public static readonly string[] Behavioral =
    [
        "Cognitive Behavioral Therapy", "Mindfulness-based Stress Reduction", "Motivational Interviewing", "Exercise training", "Aerobic exercise",
        "Resistance training", "Health education", "Smartphone application", "Text message reminders", "Peer support", "Psychoeducation",
        "Yoga", "Tai Chi", "Dietary counseling", "Mediterranean diet", "Time-restricted eating", "Virtual reality distraction", "Music therapy",
        "Acceptance and Commitment Therapy", "Problem-solving therapy", "Web-based self-management program", "Telehealth coaching",
        "Sleep hygiene education", "Parent training", "Financial incentives", "Community health worker visits", "Breathing exercises",
        "Cognitive training", "Brief alcohol intervention", "Physical activity counseling",
    ];

    public static readonly string[] Devices =
    [
        "Continuous glucose monitor", "Insulin pump", "Transcranial magnetic stimulation", "Transcutaneous electrical nerve stimulation",
        "Drug-eluting stent", "Wearable activity tracker", "High-flow nasal cannula", "Negative pressure wound therapy", "Hearing aid",
        "Left atrial appendage occluder", "Photobiomodulation", "Low-level laser therapy", "Extracorporeal shock wave therapy", "Virtual reality headset",
        "Transcatheter aortic valve", "Cryoballoon catheter", "Contact lens", "Intraocular lens", "Robotic exoskeleton", "Compression stockings",
        "Remote monitoring system", "Spinal cord stimulator", "Deep brain stimulation system", "Cooling cap",
    ];

    public static readonly string[] Procedures =
    [
        "Laparoscopic surgery", "Robot-assisted surgery", "Ultrasound-guided nerve block", "Erector spinae plane block", "Transversus abdominis plane block",
        "Percutaneous coronary intervention", "Catheter ablation", "Hematopoietic stem cell transplantation", "Physiotherapy", "Acupuncture",
        "Dry needling", "Kinesio taping", "Manual therapy", "Endoscopic submucosal dissection", "Bariatric surgery", "Total knee arthroplasty",
        "Fecal microbiota transplantation", "Prehabilitation", "Early mobilization", "Spinal anesthesia", "General anesthesia", "Surgical resection",
        "Liver transplantation", "Cesarean delivery", "Blood sampling",
    ];

    public static readonly string[] Radiation =
    [
        "Stereotactic body radiotherapy", "Intensity-modulated radiotherapy", "Proton beam therapy", "Whole brain radiotherapy",
        "Hypofractionated radiotherapy", "Brachytherapy", "Stereotactic radiosurgery", "Chemoradiotherapy", "Radioactive iodine",
        "Lutetium Lu 177 dotatate",
    ];

    public static readonly string[] Supplements =
    [
        "Vitamin D3", "Omega-3 fatty acids", "Probiotics", "Vitamin C", "Zinc", "Iron supplementation", "Whey protein", "Curcumin",
        "Magnesium", "Folic acid", "Melatonin", "Coenzyme Q10", "Oral nutritional supplement", "Creatine monohydrate", "Beetroot juice",
        "Green tea extract", "Inulin", "N-acetylcysteine",
    ];

    public static readonly string[] DiagnosticTests =
    [
        "PET-CT", "Magnetic resonance imaging", "Liquid biopsy", "Point-of-care ultrasound", "Rapid antigen test", "Genomic profiling",
        "Low-dose CT screening", "Fractional flow reserve", "Cardiac MRI", "Polysomnography", "Artificial intelligence-assisted colonoscopy",
        "Dual-energy X-ray absorptiometry", "Blood biomarker panel",
    ];

    public static readonly string[] Genetic =
    [
        "Gene therapy vector", "CRISPR-edited autologous cells", "Pharmacogenomic testing", "Whole genome sequencing", "Antisense oligonucleotide",
        "Polygenic risk score",
    ];

    public static readonly string[] Others =
    [
        "Standard of care", "Questionnaire", "Usual care", "Data collection", "Observation", "Biospecimen collection", "Quality-of-life assessment",
        "Interview", "Medical chart review", "No intervention", "Laboratory biomarker analysis", "Survey administration",
    ];

    public static readonly string[] Comparators = ["Placebo", "Standard of care", "Usual care", "Saline", "Sham procedure", "Best supportive care"];

    public static readonly string[] Populations =
    [
        "Adults", "Patients", "Participants", "Children", "Older Adults", "Women", "Adolescents", "Hospitalized Patients", "Postmenopausal Women",
        "Men", "Elderly Patients", "Outpatients", "Japanese Participants", "Chinese Patients", "Critically Ill Patients",
    ];

    public static readonly VocabularyCountry[] Countries =
    [
        new("United States", 35,
        [
            new("Boston", "Massachusetts", 42.36, -71.06), new("New York", "New York", 40.71, -74.01), new("Houston", "Texas", 29.76, -95.37),
            new("Los Angeles", "California", 34.05, -118.24), new("Chicago", "Illinois", 41.88, -87.63), new("Philadelphia", "Pennsylvania", 39.95, -75.17),
            new("Baltimore", "Maryland", 39.29, -76.61), new("Rochester", "Minnesota", 44.02, -92.47), new("Seattle", "Washington", 47.61, -122.33),
            new("San Francisco", "California", 37.77, -122.42), new("Nashville", "Tennessee", 36.16, -86.78), new("Durham", "North Carolina", 35.99, -78.90),
            new("Pittsburgh", "Pennsylvania", 40.44, -79.99), new("Ann Arbor", "Michigan", 42.28, -83.74), new("Atlanta", "Georgia", 33.75, -84.39),
            new("Miami", "Florida", 25.76, -80.19), new("Dallas", "Texas", 32.78, -96.80), new("Saint Louis", "Missouri", 38.63, -90.20),
            new("Aurora", "Colorado", 39.73, -104.83), new("Salt Lake City", "Utah", 40.76, -111.89), new("Cleveland", "Ohio", 41.50, -81.69),
            new("Bethesda", "Maryland", 38.98, -77.09), new("Stanford", "California", 37.42, -122.17), new("New Haven", "Connecticut", 41.31, -72.92),
            new("Birmingham", "Alabama", 33.52, -86.80), new("Portland", "Oregon", 45.52, -122.68), new("Phoenix", "Arizona", 33.45, -112.07),
            new("Minneapolis", "Minnesota", 44.98, -93.27), new("San Diego", "California", 32.72, -117.16), new("Columbus", "Ohio", 39.96, -83.00),
        ]),
        new("China", 9,
        [
            new("Beijing", null, 39.90, 116.41), new("Shanghai", null, 31.23, 121.47), new("Guangzhou", "Guangdong", 23.13, 113.26),
            new("Chengdu", "Sichuan", 30.57, 104.07), new("Hangzhou", "Zhejiang", 30.27, 120.16), new("Wuhan", "Hubei", 30.59, 114.31),
            new("Nanjing", "Jiangsu", 32.06, 118.80), new("Tianjin", null, 39.34, 117.36), new("Changsha", "Hunan", 28.23, 112.94),
            new("Xi'an", "Shaanxi", 34.34, 108.94), new("Shenzhen", "Guangdong", 22.54, 114.06), new("Zhengzhou", "Henan", 34.75, 113.63),
        ]),
        new("France", 6,
        [
            new("Paris", null, 48.86, 2.35), new("Lyon", null, 45.76, 4.84), new("Marseille", null, 43.30, 5.37), new("Toulouse", null, 43.60, 1.44),
            new("Lille", null, 50.63, 3.06), new("Bordeaux", null, 44.84, -0.58), new("Montpellier", null, 43.61, 3.88), new("Nantes", null, 47.22, -1.55),
            new("Strasbourg", null, 48.57, 7.75), new("Rennes", null, 48.11, -1.68), new("Grenoble", null, 45.19, 5.72), new("Nice", null, 43.70, 7.27),
        ]),
        new("Egypt", 4,
        [
            new("Cairo", null, 30.04, 31.24), new("Assiut", null, 27.18, 31.18), new("Alexandria", null, 31.20, 29.92), new("Mansoura", null, 31.04, 31.38),
            new("Tanta", null, 30.79, 31.00), new("Zagazig", null, 30.59, 31.50), new("Sohag", null, 26.56, 31.69), new("Minya", null, 28.11, 30.75),
        ]),
        new("Canada", 3.5,
        [
            new("Toronto", "Ontario", 43.65, -79.38), new("Montreal", "Quebec", 45.50, -73.57), new("Vancouver", "British Columbia", 49.28, -123.12),
            new("Hamilton", "Ontario", 43.26, -79.87), new("Calgary", "Alberta", 51.05, -114.07), new("Edmonton", "Alberta", 53.55, -113.49),
            new("Ottawa", "Ontario", 45.42, -75.70), new("Québec", "Quebec", 46.81, -71.21), new("Winnipeg", "Manitoba", 49.90, -97.14),
        ]),
        new("United Kingdom", 3.5,
        [
            new("London", null, 51.51, -0.13), new("Oxford", null, 51.75, -1.26), new("Cambridge", null, 52.21, 0.12), new("Manchester", null, 53.48, -2.24),
            new("Birmingham", null, 52.49, -1.89), new("Glasgow", null, 55.86, -4.25), new("Edinburgh", null, 55.95, -3.19), new("Leeds", null, 53.80, -1.55),
            new("Bristol", null, 51.45, -2.59), new("Newcastle upon Tyne", null, 54.98, -1.62), new("Nottingham", null, 52.95, -1.15),
        ]),
        new("Germany", 3.5,
        [
            new("Berlin", null, 52.52, 13.40), new("Munich", null, 48.14, 11.58), new("Hamburg", null, 53.55, 9.99), new("Heidelberg", null, 49.40, 8.67),
            new("Frankfurt", null, 50.11, 8.68), new("Cologne", null, 50.94, 6.96), new("Tübingen", null, 48.52, 9.06), new("Leipzig", null, 51.34, 12.37),
            new("Dresden", null, 51.05, 13.74), new("Freiburg", null, 47.99, 7.84), new("Hannover", null, 52.38, 9.73), new("Essen", null, 51.46, 7.01),
        ]),
        new("Turkey", 3,
        [
            new("Istanbul", null, 41.01, 28.98), new("Ankara", null, 39.93, 32.86), new("Izmir", null, 38.42, 27.14), new("Konya", null, 37.87, 32.48),
            new("Bursa", null, 40.19, 29.06), new("Antalya", null, 36.90, 30.71), new("Erzurum", null, 39.90, 41.27),
        ]),
        new("Korea, Republic of", 3,
        [
            new("Seoul", null, 37.57, 126.98), new("Busan", null, 35.18, 129.08), new("Seongnam", null, 37.42, 127.13), new("Daegu", null, 35.87, 128.60),
            new("Incheon", null, 37.46, 126.71), new("Goyang", null, 37.66, 126.83), new("Gwangju", null, 35.16, 126.85),
        ]),
        new("Spain", 2.5,
        [
            new("Madrid", null, 40.42, -3.70), new("Barcelona", null, 41.39, 2.17), new("Valencia", null, 39.47, -0.38), new("Sevilla", null, 37.39, -5.98),
            new("Málaga", null, 36.72, -4.42), new("Pamplona", null, 42.81, -1.64), new("Santander", null, 43.46, -3.81), new("Salamanca", null, 40.97, -5.66),
        ]),
        new("Italy", 2.5,
        [
            new("Milan", null, 45.46, 9.19), new("Rome", null, 41.90, 12.50), new("Naples", null, 40.85, 14.27), new("Bologna", null, 44.49, 11.34),
            new("Turin", null, 45.07, 7.69), new("Florence", null, 43.77, 11.26), new("Padova", null, 45.41, 11.88), new("Pisa", null, 43.72, 10.40),
            new("Genova", null, 44.41, 8.93), new("Verona", null, 45.44, 10.99),
        ]),
        new("Japan", 2,
        [
            new("Tokyo", null, 35.68, 139.69), new("Osaka", null, 34.69, 135.50), new("Nagoya", null, 35.18, 136.91), new("Kyoto", null, 35.01, 135.77),
            new("Fukuoka", null, 33.59, 130.40), new("Sapporo", null, 43.06, 141.35), new("Sendai", null, 38.27, 140.87), new("Chiba", null, 35.61, 140.12),
        ]),
        new("Denmark", 1.5, [new("Copenhagen", null, 55.68, 12.57), new("Aarhus", null, 56.16, 10.20), new("Odense", null, 55.40, 10.40), new("Aalborg", null, 57.05, 9.92), new("Herlev", null, 55.73, 12.44)]),
        new("Netherlands", 1.5, [new("Amsterdam", null, 52.37, 4.90), new("Rotterdam", null, 51.92, 4.48), new("Utrecht", null, 52.09, 5.12), new("Leiden", null, 52.16, 4.49), new("Groningen", null, 53.22, 6.57), new("Nijmegen", null, 51.84, 5.85), new("Maastricht", null, 50.85, 5.69)]),
        new("Taiwan", 1.5, [new("Taipei", null, 25.03, 121.57), new("Taichung", null, 24.15, 120.67), new("Kaohsiung", null, 22.63, 120.30), new("Tainan", null, 22.99, 120.21), new("Taoyuan", null, 24.99, 121.30)]),
        new("Iran, Islamic Republic of", 1.5, [new("Tehran", null, 35.69, 51.39), new("Shiraz", null, 29.59, 52.58), new("Mashhad", null, 36.30, 59.61), new("Isfahan", null, 32.65, 51.67), new("Tabriz", null, 38.08, 46.29)]),
        new("Pakistan", 1.5, [new("Lahore", "Punjab", 31.55, 74.34), new("Karachi", "Sindh", 24.86, 67.01), new("Islamabad", null, 33.68, 73.05), new("Rawalpindi", "Punjab", 33.57, 73.02), new("Peshawar", null, 34.01, 71.58)]),
        new("Australia", 1.5, [new("Melbourne", "Victoria", -37.81, 144.96), new("Sydney", "New South Wales", -33.87, 151.21), new("Brisbane", "Queensland", -27.47, 153.03), new("Perth", "Western Australia", -31.95, 115.86), new("Adelaide", "South Australia", -34.93, 138.60)]),
        new("Brazil", 1.5, [new("São Paulo", "SP", -23.55, -46.63), new("Rio de Janeiro", "RJ", -22.91, -43.17), new("Porto Alegre", "RS", -30.03, -51.23), new("Belo Horizonte", "MG", -19.92, -43.94), new("Curitiba", "PR", -25.43, -49.27), new("Campinas", "SP", -22.91, -47.06)]),
        new("Israel", 1, [new("Tel Aviv", null, 32.09, 34.78), new("Jerusalem", null, 31.77, 35.21), new("Haifa", null, 32.79, 34.99), new("Petah Tikva", null, 32.09, 34.89), new("Ramat Gan", null, 32.07, 34.82)]),
        new("Belgium", 1, [new("Brussels", null, 50.85, 4.35), new("Leuven", null, 50.88, 4.70), new("Ghent", null, 51.05, 3.72), new("Antwerp", null, 51.22, 4.40), new("Liège", null, 50.63, 5.57)]),
        new("Switzerland", 1, [new("Zurich", null, 47.38, 8.54), new("Geneva", null, 46.20, 6.15), new("Basel", null, 47.56, 7.59), new("Bern", null, 46.95, 7.45), new("Lausanne", null, 46.52, 6.63)]),
        new("Sweden", 1, [new("Stockholm", null, 59.33, 18.07), new("Gothenburg", null, 57.71, 11.97), new("Uppsala", null, 59.86, 17.64), new("Lund", null, 55.70, 13.19), new("Linköping", null, 58.41, 15.62)]),
        new("India", 1, [new("New Delhi", "Delhi", 28.61, 77.21), new("Mumbai", "Maharashtra", 19.08, 72.88), new("Bangalore", "Karnataka", 12.97, 77.59), new("Chennai", "Tamil Nadu", 13.08, 80.27), new("Chandigarh", null, 30.73, 76.78), new("Vellore", "Tamil Nadu", 12.92, 79.13)]),
        new("Poland", 1, [new("Warsaw", null, 52.23, 21.01), new("Krakow", null, 50.06, 19.94), new("Lodz", null, 51.76, 19.46), new("Wroclaw", null, 51.11, 17.03), new("Gdansk", null, 54.35, 18.65)]),
        new("Mexico", 0.8, [new("Mexico City", null, 19.43, -99.13), new("Guadalajara", "Jalisco", 20.66, -103.35), new("Monterrey", "Nuevo León", 25.69, -100.32)]),
        new("Norway", 0.8, [new("Oslo", null, 59.91, 10.75), new("Bergen", null, 60.39, 5.32), new("Trondheim", null, 63.43, 10.40), new("Tromsø", null, 69.65, 18.96)]),
        new("Austria", 0.7, [new("Vienna", null, 48.21, 16.37), new("Graz", null, 47.07, 15.44), new("Innsbruck", null, 47.27, 11.40), new("Salzburg", null, 47.81, 13.06)]),
        new("Greece", 0.6, [new("Athens", null, 37.98, 23.73), new("Thessaloniki", null, 40.64, 22.94), new("Heraklion", null, 35.34, 25.14)]),
        new("Russian Federation", 0.6, [new("Moscow", null, 55.76, 37.62), new("Saint Petersburg", null, 59.93, 30.34), new("Kazan", null, 55.80, 49.11), new("Novosibirsk", null, 55.03, 82.92)]),
        new("Argentina", 0.6, [new("Buenos Aires", null, -34.60, -58.38), new("Córdoba", null, -31.42, -64.18), new("Rosario", null, -32.95, -60.65)]),
        new("Thailand", 0.6, [new("Bangkok", null, 13.76, 100.50), new("Chiang Mai", null, 18.79, 98.98), new("Khon Kaen", null, 16.44, 102.84)]),
        new("Saudi Arabia", 0.6, [new("Riyadh", null, 24.71, 46.68), new("Jeddah", null, 21.49, 39.19), new("Dammam", null, 26.43, 50.10)]),
        new("Finland", 0.5, [new("Helsinki", null, 60.17, 24.94), new("Tampere", null, 61.50, 23.76), new("Turku", null, 60.45, 22.27), new("Oulu", null, 65.01, 25.47)]),
        new("Czechia", 0.5, [new("Prague", null, 50.08, 14.44), new("Brno", null, 49.20, 16.61), new("Olomouc", null, 49.59, 17.25)]),
        new("Hong Kong", 0.5, [new("Hong Kong", null, 22.32, 114.17), new("Shatin", null, 22.38, 114.19)]),
        new("Singapore", 0.4, [new("Singapore", null, 1.35, 103.82)]),
        new("Hungary", 0.4, [new("Budapest", null, 47.50, 19.04), new("Debrecen", null, 47.53, 21.63), new("Szeged", null, 46.25, 20.15)]),
        new("South Africa", 0.4, [new("Johannesburg", "Gauteng", -26.20, 28.05), new("Cape Town", "Western Cape", -33.92, 18.42), new("Durban", "KwaZulu-Natal", -29.86, 31.02)]),
        new("Portugal", 0.4, [new("Lisbon", null, 38.72, -9.14), new("Porto", null, 41.16, -8.63), new("Coimbra", null, 40.21, -8.43)]),
        new("Ireland", 0.3, [new("Dublin", null, 53.35, -6.26), new("Cork", null, 51.90, -8.47), new("Galway", null, 53.27, -9.05)]),
        new("Tunisia", 0.3, [new("Tunis", null, 36.81, 10.18), new("Sfax", null, 34.74, 10.76), new("Monastir", null, 35.78, 10.83)]),
        new("Nigeria", 0.2, [new("Lagos", null, 6.52, 3.38), new("Ibadan", null, 7.38, 3.95), new("Abuja", null, 9.08, 7.40)]),
        new("Kenya", 0.2, [new("Nairobi", null, -1.29, 36.82), new("Kisumu", null, -0.09, 34.77)]),
        new("Uganda", 0.2, [new("Kampala", null, 0.35, 32.58), new("Mbarara", null, -0.61, 30.66)]),
        new("Viet Nam", 0.2, [new("Hanoi", null, 21.03, 105.85), new("Ho Chi Minh City", null, 10.82, 106.63)]),
        new("New Zealand", 0.2, [new("Auckland", null, -36.85, 174.76), new("Christchurch", null, -43.53, 172.64), new("Wellington", null, -41.29, 174.78)]),
        new("Chile", 0.2, [new("Santiago", null, -33.45, -70.67), new("Valparaíso", null, -33.05, -71.62)]),
        new("Colombia", 0.2, [new("Bogotá", null, 4.71, -74.07), new("Medellín", null, 6.24, -75.58), new("Cali", null, 3.45, -76.53)]),
        new("Romania", 0.2, [new("Bucharest", null, 44.43, 26.10), new("Cluj-Napoca", null, 46.77, 23.60), new("Iasi", null, 47.16, 27.59)]),
        new("Malaysia", 0.2, [new("Kuala Lumpur", null, 3.14, 101.69), new("Penang", null, 5.41, 100.33)]),
        new("Lebanon", 0.1, [new("Beirut", null, 33.89, 35.50)]),
        new("Jordan", 0.1, [new("Amman", null, 31.95, 35.93)]),
        new("Ukraine", 0.1, [new("Kyiv", null, 50.45, 30.52), new("Lviv", null, 49.84, 24.03), new("Kharkiv", null, 49.99, 36.23)]),
        new("Bulgaria", 0.1, [new("Sofia", null, 42.70, 23.32), new("Plovdiv", null, 42.14, 24.75)]),
        new("Peru", 0.1, [new("Lima", null, -12.05, -77.04)]),
        new("Bangladesh", 0.1, [new("Dhaka", null, 23.81, 90.41)]),
    ];

    public static readonly string[] RealIndustry =
    [
        "Pfizer", "AstraZeneca", "GlaxoSmithKline", "Merck Sharp & Dohme LLC", "Hoffmann-La Roche", "Novartis Pharmaceuticals", "Eli Lilly and Company",
        "Sanofi", "Bristol-Myers Squibb", "Boehringer Ingelheim", "Janssen Research & Development, LLC", "Novo Nordisk A/S", "Bayer", "AbbVie",
        "Amgen", "Takeda", "Gilead Sciences", "Jiangsu HengRui Medicine Co., Ltd.", "Regeneron Pharmaceuticals", "Daiichi Sankyo",
        "Astellas Pharma Inc", "Medtronic", "Teva Branded Pharmaceutical Products R&D, Inc.", "Otsuka Pharmaceutical Co., Ltd.",
        "BeiGene", "Biogen", "Vertex Pharmaceuticals Incorporated", "Celgene", "Genentech, Inc.", "UCB Pharma", "Ipsen", "Servier",
        "Chia Tai Tianqing Pharmaceutical Group Co., Ltd.", "Abbott Medical Devices", "Boston Scientific Corporation", "Allergan",
        "Eisai Inc.", "Chugai Pharmaceutical", "Moderna, Inc.", "Incyte Corporation", "Alnylam Pharmaceuticals", "Seagen Inc.",
        "Innovent Biologics (Suzhou) Co. Ltd.", "Shanghai Junshi Bioscience Co., Ltd.", "Celltrion", "Samsung Bioepis Co., Ltd.",
        "Dr. Reddy's Laboratories Limited", "Sun Pharmaceutical Industries Limited", "Mylan Pharmaceuticals Inc", "Ferring Pharmaceuticals",
    ];

    public static readonly string[] RealOther =
    [
        "Assistance Publique - Hôpitaux de Paris", "Mayo Clinic", "M.D. Anderson Cancer Center", "Cairo University", "Assiut University",
        "Massachusetts General Hospital", "Memorial Sloan Kettering Cancer Center", "Sun Yat-sen University", "Fudan University",
        "Hospices Civils de Lyon", "University of California, San Francisco", "Duke University", "Stanford University",
        "Seoul National University Hospital", "Yonsei University", "Samsung Medical Center", "Asan Medical Center", "Ain Shams University",
        "Tanta University", "Mansoura University", "Rigshospitalet, Denmark", "Karolinska Institutet", "Oslo University Hospital",
        "Charite University, Berlin, Germany", "Medical University of Vienna", "University of Oxford", "Imperial College London",
        "University College, London", "University Health Network, Toronto", "McMaster University", "Johns Hopkins University",
        "University of Pennsylvania", "Washington University School of Medicine", "Vanderbilt University Medical Center",
        "Brigham and Women's Hospital", "University of Michigan", "Hospital Israelita Albert Einstein", "National Taiwan University Hospital",
        "Chang Gung Memorial Hospital", "Tel-Aviv Sourasky Medical Center", "Hadassah Medical Organization", "Peking Union Medical College Hospital",
        "West China Hospital", "Zhejiang University", "Postgraduate Institute of Medical Education and Research", "Istanbul University",
        "Hacettepe University", "Shahid Beheshti University of Medical Sciences", "Tehran University of Medical Sciences",
        "Aga Khan University", "University of Zurich", "University Hospital, Ghent", "Leiden University Medical Center",
        "Nantes University Hospital", "University Hospital, Montpellier", "University Hospital, Toulouse", "University Hospital, Lille",
        "Fondazione Policlinico Universitario Agostino Gemelli IRCCS", "Hospital Clinic of Barcelona", "University of Sao Paulo",
        "Dana-Farber Cancer Institute", "Emory University", "Northwestern University", "University of Colorado, Denver", "Columbia University",
        "University of Pittsburgh", "Icahn School of Medicine at Mount Sinai", "Cleveland Clinic", "Ohio State University", "Yale University",
    ];

    public static readonly string[] Nih =
    [
        "National Cancer Institute (NCI)", "National Institute of Allergy and Infectious Diseases (NIAID)", "National Heart, Lung, and Blood Institute (NHLBI)",
        "National Institute of Mental Health (NIMH)", "National Institute on Drug Abuse (NIDA)", "National Institute on Aging (NIA)",
        "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", "National Institute of Neurological Disorders and Stroke (NINDS)",
        "Eunice Kennedy Shriver National Institute of Child Health and Human Development (NICHD)", "National Institutes of Health Clinical Center (CC)",
        "National Institute on Alcohol Abuse and Alcoholism (NIAAA)", "National Eye Institute (NEI)", "National Center for Complementary and Integrative Health (NCCIH)",
        "National Institute of Dental and Craniofacial Research (NIDCR)", "National Institute of Nursing Research (NINR)", "National Human Genome Research Institute (NHGRI)",
    ];

    public static readonly string[] Fed =
    [
        "VA Office of Research and Development", "Centers for Disease Control and Prevention", "Walter Reed Army Institute of Research (WRAIR)",
        "U.S. Army Medical Research and Development Command", "Food and Drug Administration (FDA)", "Agency for Healthcare Research and Quality (AHRQ)",
        "Uniformed Services University of the Health Sciences", "Naval Medical Center San Diego", "Brooke Army Medical Center", "Department of Health and Human Services",
    ];

    public static readonly string[] OtherGov =
    [
        "Institut National de la Santé Et de la Recherche Médicale, France", "Chinese Academy of Medical Sciences", "National Health Research Institutes, Taiwan",
        "Medical Research Council", "Instituto de Salud Carlos III", "Ministry of Health, Brazil", "Public Health England", "Health Canada",
        "Agence Nationale de Recherches sur le Sida et les Hépatites Virales", "Indian Council of Medical Research", "National Medical Research Center for Cardiology",
        "Helse Stavanger HF", "Danish Cancer Society", "Sheba Medical Center", "Ministry of Health, Malaysia",
    ];

    public static readonly string[] Networks =
    [
        "Alliance for Clinical Trials in Oncology", "NRG Oncology", "ECOG-ACRIN Cancer Research Group", "SWOG Cancer Research Network",
        "Children's Oncology Group", "European Organisation for Research and Treatment of Cancer - EORTC", "UNICANCER", "Canadian Cancer Trials Group",
        "Fondazione GIMEMA Franco Mandelli Onlus", "HOVON Foundation", "German Breast Group", "GERCOR - Multidisciplinary Oncology Cooperative Group",
        "Lymphoma Study Association", "Intergroupe Francophone de Cancerologie Thoracique", "Gynecologic Oncology Group", "AIDS Clinical Trials Group",
        "HIV Prevention Trials Network", "International Breast Cancer Study Group", "Spanish Lung Cancer Group", "Grupo Español de Investigación en Cáncer de Mama",
        "Population Health Research Institute", "PPD", "IQVIA Biotech", "Duke Clinical Research Institute", "George Institute for Global Health",
    ];

    public static readonly string[] CompanySuffixes =
    [
        "Pharmaceuticals", "Therapeutics", "Biotech", "Biosciences", "Pharma", "Medical", "Biologics", "Bio", "Health", "Oncology", "Pharmaceutical Co., Ltd.",
        "Biopharma", "Medical Devices", "Life Sciences", "Inc.", "Laboratories",
    ];

    public static readonly string[] InstitutionPatterns =
    [
        "University of {city}", "{city} University Hospital", "{city} Medical University", "{name} Memorial Hospital", "{city} Children's Hospital",
        "{city} Cancer Center", "{city} General Hospital", "{city} Institute of Health Research", "{name} Medical Center", "{city} Heart Institute",
        "{city} Regional Hospital", "{name} University", "{city} Clinical Research Center", "{name} Hospital", "{city} Rehabilitation Institute",
        "First Affiliated Hospital of {city} Medical University", "{city} Eye Hospital", "{city} Dental School", "{city} Public Health Institute",
        "{city} Women's Hospital",
    ];

    public static readonly string[] FacilityPatterns =
    [
        "{city} University Hospital", "{name} Medical Center", "Research Site", "Investigational Site", "{city} General Hospital",
        "{name} Clinic", "{city} Cancer Institute", "Clinical Research Center of {city}", "{name} Hospital", "{city} Children's Hospital",
        "Local Institution", "{name} Research Associates", "{city} Regional Medical Center", "Hospital {name}", "Centre Hospitalier de {city}",
    ];

    // Sentences of summaries and descriptions. {cond} condition, {drug} main intervention, {cmp} comparator,
    // {pop} population, {n} enrollment, {out} primary outcome, {dur} duration, {country} country, {sponsor} lead sponsor.
    public static readonly string[] SummarySentences =
    [
        "The purpose of this study is to evaluate the efficacy and safety of {drug} in {pop} with {cond}.",
        "This study will assess whether {drug} improves {out} compared with {cmp}.",
        "{cond} is a common condition associated with substantial morbidity, reduced quality of life and high healthcare costs.",
        "Current treatment options for {cond} are limited, and many patients do not achieve an adequate response.",
        "Participants will be randomly assigned to receive {drug} or {cmp} for {dur}.",
        "The primary endpoint is {out}; secondary endpoints include safety, tolerability and patient-reported outcomes.",
        "Approximately {n} participants will be enrolled at sites in {country}.",
        "Participants will attend study visits at baseline and at regular intervals during {dur} of follow-up.",
        "Blood samples will be collected to measure pharmacokinetic parameters and exploratory biomarkers.",
        "Adverse events will be recorded throughout the study and graded according to standard criteria.",
        "This prospective study aims to describe the clinical course, treatment patterns and outcomes of {pop} with {cond}.",
        "Data will be collected from medical records, questionnaires and standardized clinical assessments.",
        "The investigators hypothesize that {drug} will reduce symptoms of {cond} without increasing adverse events.",
        "An independent data monitoring committee will review safety data at predefined intervals.",
        "The study is sponsored by {sponsor} and conducted in accordance with Good Clinical Practice.",
        "Previous studies have suggested that {drug} may be beneficial in {cond}, but the evidence remains inconclusive.",
        "Patients who meet the eligibility criteria and provide written informed consent will be included.",
        "The trial will also explore the effect of treatment on quality of life, hospital admissions and healthcare resource use.",
        "Subgroup analyses will be performed according to age, sex, disease severity and baseline characteristics.",
        "Long-term follow-up will assess the durability of response and late adverse events.",
        "This pilot study will assess feasibility, acceptability and preliminary efficacy to inform a larger randomized trial.",
        "A total of {n} subjects will be recruited and followed for {dur}.",
        "The study consists of a screening period, a treatment period of {dur} and a safety follow-up visit.",
        "Dose escalation will follow a standard 3+3 design until the maximum tolerated dose is identified.",
        "Outcomes will be assessed by investigators blinded to the allocated treatment.",
        "Statistical analysis will follow the intention-to-treat principle.",
        "Secondary objectives include the evaluation of {out} and the incidence of serious adverse events.",
        "Recruitment of {pop} with {cond} will take place in outpatient clinics and hospital wards.",
    ];

    public static readonly string[] Durations =
    [
        "12 weeks", "24 weeks", "52 weeks", "6 months", "1 year", "2 years", "28 days", "8 weeks", "3 months", "5 years", "48 hours", "7 days", "18 months",
    ];

    public static readonly string[] TimeFrames =
    [
        "12 weeks", "Up to 24 weeks", "Baseline and week 52", "6 months", "Up to 5 years", "28 days", "24 hours after surgery", "Day 1 to day 14",
        "Through study completion, an average of 1 year", "Up to 2 years", "Baseline, month 3 and month 6", "48 hours", "Week 16", "3 years",
    ];

    public static readonly string[] Criteria =
    [
        "Age 18 years or older", "Signed written informed consent", "Confirmed diagnosis of {cond}", "ECOG performance status 0 or 1",
        "Adequate bone marrow, liver and renal function", "Body mass index between 18.5 and 40 kg/m2", "Able to comply with study procedures",
        "Women of childbearing potential must use effective contraception", "Stable treatment for at least 4 weeks before screening",
        "Measurable disease per RECIST 1.1", "American Society of Anesthesiologists physical status I-III", "Willing to attend all study visits",
    ];

    public static readonly string[] Exclusions =
    [
        "Pregnancy or breastfeeding", "Known hypersensitivity to {drug} or its excipients", "Active infection requiring systemic treatment",
        "Participation in another interventional study within 30 days", "Severe hepatic impairment", "History of malignancy within the past 5 years",
        "Uncontrolled hypertension", "Severe psychiatric illness that may interfere with participation", "eGFR below 30 mL/min/1.73 m2",
        "Any condition that, in the opinion of the investigator, would compromise safety", "Current alcohol or substance abuse",
    ];
}
